package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimcheck rules list, lint, test, new, and explain. */
class RulesCommandsTest {
    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void copyRules() {
        rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        // Rule test cases may read reference files from ../../facts/, as in the repository.
        FactsFixture.copy(BundledRules.FACTS, tmp.resolve("facts"));
    }

    private List<String> errLines(Cli cli) {
        return cli.err().lines().filter(l -> !l.startsWith("claimcheck:")).toList();
    }

    @Test
    void lintIsCleanOnTheBundledRules() {
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("22 rules, no problems") || cli.out().contains("rules, no problems"));
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileLineAndColumn() {
        FactsFixture.replace(rules.resolve("time.drl"), "WeekdayClaim($date : date,", "WeekdayClaim($date : date,,");
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of(rules.resolve("time.drl") + ":12:40: no viable alternative at input ','"
                + " in rule \"weekday-matches-date\""), errLines(cli));
    }

    @Test
    void anUnknownFieldIsOneLineInPlainWords() {
        FactsFixture.replace(rules.resolve("time.drl"), "WeekdayClaim($date : date,", "WeekdayClaim($date : dat,");
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(2, cli.exitCode());
        List<String> lines = errLines(cli);
        assertEquals(1, lines.size(), cli.err());
        assertTrue(lines.get(0).startsWith(rules.resolve("time.drl") + ":12:"), lines.get(0));
        assertTrue(lines.get(0).contains("unknown field 'dat'"), lines.get(0));
    }

    @Test
    void anUnknownTypeSuggestsTheRightOne() {
        FactsFixture.replace(rules.resolve("time.drl"), "$claim : WeekdayClaim(", "$claim : WeekdayClam(");
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(List.of(rules.resolve("time.drl") + ":12:14: unknown fact type 'WeekdayClam'; did you mean"
                + " 'WeekdayClaim'? (is the model imported? import dev.claimcheck.model.*;)"), errLines(cli));
    }

    @Test
    void aRuleNameThatIsNotAnIdIsOneLine() {
        FactsFixture.replace(rules.resolve("time.drl"), "rule \"weekday-matches-date\"", "rule \"Weekday matches date\"");
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(2, cli.exitCode());
        assertEquals(List.of(rules.resolve("time.drl") + ":8:1: rule \"Weekday matches date\" is not a rule id:"
                + " name rules with lower-case words joined by '-', e.g. rule \"weekday-matches-date\"; findings,"
                + " baselines and waivers use the name"), errLines(cli));
    }

    @Test
    void aDuplicateIdOrBadSeverityIsReported() {
        FactsFixture.replace(rules.resolve("ranks.drl"), "rule \"rank-holds\"", "rule \"event-within-time\"");
        FactsFixture.replace(rules.resolve("quotes.drl"), "@severity(\"error\")", "@severity(\"fatal\")");
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("rule \"event-within-time\" is already defined at"), cli.err());
        assertTrue(cli.err().contains("has @severity(\"fatal\"); use one of error, warning, info"), cli.err());
    }

    @Test
    void listShowsEveryRuleWithItsPlace() throws IOException {
        Cli cli = Cli.run("rules", "list", "--rules", rules.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertEquals(BundledRules.compiled().rules().size(), list.size());
        JsonNode weekday = null;
        for (JsonNode rule : list) {
            if (rule.get("id").asText().equals("weekday-matches-date")) {
                weekday = rule;
            }
        }
        assertEquals("error", weekday.get("severity").asText());
        assertEquals(8, weekday.get("line").asInt());
        assertTrue(weekday.get("file").asText().endsWith("time.drl"));
    }

    @Test
    void testRunsEveryCaseAndReachesFullCoverage() {
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString(), "--coverage", "--min-coverage", "100");
        assertEquals(0, cli.exitCode(), cli.out());
        assertTrue(cli.out().contains(" passed, 0 failed"), cli.out());
        assertTrue(cli.out().contains("(100%)"), cli.out());
    }

    @Test
    void aFailingCaseShowsExpectedAgainstActual() {
        FactsFixture.replace(rules.resolve("tests/time.yaml"), "{rule: weekday-matches-date, claim: call, outcome: fail}",
                "{rule: weekday-matches-date, claim: call, outcome: pass}");
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString(), "time");
        assertEquals(1, cli.exitCode(), cli.out());
        assertTrue(cli.out().contains("FAIL  Feb 21 2025 was not a Thursday"), cli.out());
        assertTrue(cli.out().contains("expected  pass weekday-matches-date on call, but it was not reported"), cli.out());
        assertTrue(cli.out().contains("unexpected fail weekday-matches-date on call (error): 2025-02-21 was a Friday,"
                + " not a Thursday"), cli.out());
    }

    @Test
    void minCoverageFailsWhenARuleHasNoCase() throws IOException {
        Files.delete(rules.resolve("tests/ranks.yaml"));
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString(), "--min-coverage", "100");
        assertEquals(1, cli.exitCode());
        assertTrue(cli.out().contains("never made to fire: rank-holds"), cli.out());
    }

    @Test
    void newWritesAStarterRuleAndCasesThatPassLintAndTest() throws IOException {
        Cli made = Cli.run("rules", "new", "level-in-future", "--rules", rules.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(Files.exists(rules.resolve("level-in-future.drl")));
        assertTrue(Files.exists(rules.resolve("tests/level-in-future.yaml")));
        assertEquals(0, Cli.run("rules", "lint", "--rules", rules.toString()).exitCode());
        Cli tested = Cli.run("rules", "test", "--rules", rules.toString(), "level-in-future");
        assertEquals(0, tested.exitCode(), tested.out());
        assertTrue(tested.out().contains("2 passed, 0 failed"), tested.out());
        assertEquals(2, Cli.run("rules", "new", "level-in-future", "--rules", rules.toString()).exitCode(),
                "never overwrites");
        assertEquals(2, Cli.run("rules", "new", "Bad Name", "--rules", rules.toString()).exitCode());
    }

    @Test
    void explainShowsTheMatchesAndTheirConclusions() {
        Cli cli = Cli.run("explain", "deficit-rise-from-2023");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("verdict consistent"), cli.out());
        assertTrue(cli.out().contains("  change-equals-difference (rules/amounts.drl:"), cli.out());
        assertTrue(cli.out().contains("with: level claim deficit-2024"), cli.out());
        assertTrue(cli.out().contains("derived: DerivedLevel(us-china-goods-deficit 2023"), cli.out());
        assertTrue(cli.out().contains("concluded: pass: implied 2023 level"), cli.out());
        assertTrue(cli.out().contains("  quote-in-article (rules/quotes.drl:"), "listed as not matching: " + cli.out());
        assertFalse(cli.out().contains("peak-is-highest"), cli.out());
        assertEquals(cli.out(), Cli.run("verify", "--explain", "deficit-rise-from-2023").out());
    }

    @Test
    void explainNamesTheConditionAClaimFails() {
        Cli cli = Cli.run("explain", "yellen-former-treasury-secretary");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("  office-held-on-date (rules/offices.drl:"), cli.out());
        assertTrue(cli.out().contains("the claim fails its condition: tenure == OfficeClaim.Tenure.CURRENT"), cli.out());
    }

    @Test
    void explainOfAnUnknownClaimSuggestsOne() {
        Cli cli = Cli.run("explain", "deficit-2042");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no claim with id 'deficit-2042'; did you mean 'deficit-2024'?"), cli.err());
    }
}
