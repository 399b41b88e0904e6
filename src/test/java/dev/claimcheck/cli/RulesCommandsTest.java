package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.ruletest.RuleTestRunner;
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
    Path facts;

    @BeforeEach
    void copyRules() {
        rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        // Rule test cases may read reference files from ../../facts/, as in the repository; explain reads the seed.
        facts = FactsFixture.seedCopy(tmp).facts();
    }

    private static List<String> errLines(Cli cli) {
        return cli.err().lines().filter(l -> !l.startsWith("claimcheck:")).toList();
    }

    /** Edits the copy of time.drl, lints, and returns the problem lines of a lint that must exit 2. */
    private List<String> lintAfterEditingTimeDrl(String from, String to) {
        FactsFixture.replace(rules.resolve("time.drl"), from, to);
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(2, cli.exitCode(), cli.toString());
        return errLines(cli);
    }

    /** A place in the copy of time.drl, as problems name it, e.g. ".../rules/time.drl:14:40". */
    private String timeDrl(int line, int column) {
        return rules.resolve("time.drl") + ":" + line + ":" + column;
    }

    @Test
    void lintIsCleanOnTheBundledRules() {
        Cli cli = Cli.run("rules", "lint", "--rules", rules.toString());
        assertEquals(0, cli.exitCode(), cli.toString());
        assertEquals(rules + ": " + BundledRules.compiled().rules().size() + " rules, no problems", cli.out().strip());
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileLineAndColumn() {
        assertEquals(List.of(timeDrl(14, 40) + ": no viable alternative at input ',' in rule \"weekday-matches-date\""),
                lintAfterEditingTimeDrl("WeekdayClaim($date : date,", "WeekdayClaim($date : date,,"));
    }

    @Test
    void anUnknownFieldIsOneLineInPlainWords() {
        List<String> lines = lintAfterEditingTimeDrl("WeekdayClaim($date : date,", "WeekdayClaim($date : dat,");
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith(rules.resolve("time.drl") + ":14:"), lines.get(0));
        assertTrue(lines.get(0).contains("unknown field 'dat'"), lines.get(0));
    }

    @Test
    void anUnknownTypeSuggestsTheRightOne() {
        assertEquals(List.of(timeDrl(14, 14) + ": unknown fact type 'WeekdayClam'; did you mean"
                + " 'WeekdayClaim'? (is the model imported? import dev.claimcheck.model.*;)"),
                lintAfterEditingTimeDrl("$claim : WeekdayClaim(", "$claim : WeekdayClam("));
    }

    @Test
    void aRuleNameThatIsNotAnIdIsOneLine() {
        assertEquals(List.of(timeDrl(8, 1) + ": rule \"Weekday matches date\" is not a rule id:"
                + " name rules with lower-case words joined by '-', e.g. rule \"weekday-matches-date\"; findings,"
                + " baselines and waivers use the name"),
                lintAfterEditingTimeDrl("rule \"weekday-matches-date\"", "rule \"Weekday matches date\""));
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
    void aRuleThatReportsWithoutItsHelpFailsLintButStillRuns() throws IOException {
        String drl = Files.readString(rules.resolve("time.drl"));
        String weekday = drl.substring(drl.indexOf("rule \"weekday-matches-date\""));
        FactsFixture.replace(rules.resolve("time.drl"), weekday.substring(weekday.indexOf("    @description("),
                weekday.indexOf("when")), "");
        assertEquals(List.of(timeDrl(8, 1) + ": rule \"weekday-matches-date\" reports findings but has no"
                        + " @description(\"...\"): what it compares, for the help its findings carry",
                timeDrl(8, 1) + ": rule \"weekday-matches-date\" reports findings but has no @fix(\"...\"): what an"
                        + " analyst edits to fix a finding (the claim, the quote, the reference data, or a waiver)"),
                errLines(Cli.run("rules", "lint", "--rules", rules.toString())));
        Cli tested = Cli.run("rules", "test", "--rules", rules.toString(), "time");
        assertEquals(0, tested.exitCode(), "a rule is tried while its help is written: " + tested.out());
    }

    @Test
    void aRulesExampleIsItsWrittenOneElseTheFirstCaseThatMakesItFail() throws IOException {
        FactsFixture.replace(rules.resolve("ranks.drl"), "@severity(\"warning\")",
                "@severity(\"warning\")\n    @example(\"A top-3 claim made before any ranking was out.\")");
        Cli cli = Cli.run("rules", "list", "--rules", rules.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertEquals("A top-3 claim made before any ranking was out.", ruleNamed(list, "ranking-published").get("example").asText());
        assertEquals("In the test case \"Feb 21 2025 was not a Thursday\" (" + rules.resolve("tests/time.yaml")
                        + "), the claim quoting \"on Thursday (Feb 21)\" fails this check.",
                ruleNamed(list, "weekday-matches-date").get("example").asText());
    }

    private static JsonNode ruleNamed(JsonNode list, String id) {
        for (JsonNode rule : list) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + list);
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
    void testRunsEveryCaseAndReachesFullCoverage() throws InputException {
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString(), "--coverage", "--min-coverage", "100");
        assertEquals(0, cli.exitCode(), cli.out());
        assertTrue(cli.out().contains("rules test: " + caseCount() + " passed, 0 failed"), cli.out());
        assertTrue(cli.out().contains("(100%)"), cli.out());
    }

    /** How many cases the rule test files of the copy hold. */
    private int caseCount() throws InputException {
        RuleTestRunner runner = new RuleTestRunner(BundledRules.compiled());
        int cases = 0;
        for (Path file : runner.testFiles(rules.resolve(RuleTestRunner.TESTS_DIR))) {
            cases += runner.read(file).cases().size();
        }
        return cases;
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

    /** Explains a claim of the seed article with the bundled rules. */
    private Cli explain(String claimId) {
        return Cli.run("explain", claimId, "--facts", facts.toString());
    }

    @Test
    void explainShowsTheMatchesAndTheirConclusions() {
        Cli cli = explain("deficit-rise-from-2023");
        assertEquals(0, cli.exitCode(), cli.err());
        Cli.assertContainsAll(cli.out(), "verdict consistent", "  change-equals-difference (rules/amounts.drl:",
                "with: level claim deficit-2024", "derived: DerivedLevel(us-china-goods-deficit 2023",
                "concluded: pass: implied 2023 level",
                "  quote-in-article (rules/quotes.drl:");   // listed as a rule that did not match
        assertFalse(cli.out().contains("peak-is-highest"), cli.out());
        assertEquals(cli.out(), Cli.run("verify", "--explain", "deficit-rise-from-2023", "--facts", facts.toString()).out());
    }

    @Test
    void explainSaysHowToFixAFinding() {
        String fix = BundledRules.compiled().rulesById().get("level-matches-reference").fix();
        assertFalse(explain("deficit-2024").out().contains(fix), "a check that holds needs no fix");
        FactsFixture.replace(facts.resolve("articles/2025-02-22-bessent-he-lifeng-call/claims.yaml"),
                "amount: US$295.4 billion", "amount: US$259.4 billion");
        Cli cli = explain("deficit-2024");
        assertEquals(0, cli.exitCode(), cli.err());
        Cli.assertContainsAll(cli.out(), "  level-matches-reference (rules/amounts.drl:", "concluded: error: ",
                "    to fix: " + fix);
    }

    @Test
    void explainNamesTheConditionAClaimFails() {
        Cli cli = explain("yellen-former-treasury-secretary");
        assertEquals(0, cli.exitCode(), cli.err());
        Cli.assertContainsAll(cli.out(), "  office-held-on-date (rules/offices.drl:",
                "the claim fails its condition: tenure == OfficeClaim.Tenure.CURRENT");
    }

    @Test
    void explainOfAnUnknownClaimSuggestsOne() {
        Cli cli = explain("deficit-2042");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no claim with id 'deficit-2042'; did you mean 'deficit-2024'?"), cli.err());
    }
}
