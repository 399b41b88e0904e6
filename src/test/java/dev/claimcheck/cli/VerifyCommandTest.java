package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.FactsFixture.SeedCopy;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path tmp;

    /** A copy of the seed article whose 2024 deficit is mistyped as US$259.4 billion. */
    private SeedCopy brokenSeed() {
        return FactsFixture.seedCopy(tmp).plantAmountBreak();
    }

    private Path rules() {
        return FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
    }

    /** Verify with a copy of the rules on the seed article, so that what the rules report is known. */
    private Cli verifyWithRules(Path rules) {
        return Cli.run("verify", "--facts", FactsFixture.seedCopy(tmp).facts().toString(), "--rules", rules.toString());
    }

    /** Holds for whatever articles facts/ holds: the repository is kept consistent with its rules. */
    @Test
    void theRepositorysOwnFactsPassItsOwnRules() throws InputException {
        String before = FactsFixture.treeHash(BundledRules.FACTS) + FactsFixture.treeHash(BundledRules.RULES);
        Cli cli = Cli.run("verify");
        assertEquals(0, cli.exitCode(), cli.toString());
        for (var claim : new FactsLoader().load(BundledRules.FACTS).getClaims()) {
            assertTrue(cli.out().contains(claim.getId()), "every claim is listed: " + claim.getId());
        }
        assertTrue(cli.out().contains(" consistent, 0 inconsistent, "), cli.out());
        assertTrue(cli.out().contains("findings: 0 errors"), cli.out());
        assertEquals(before, FactsFixture.treeHash(BundledRules.FACTS) + FactsFixture.treeHash(BundledRules.RULES),
                "verify wrote nothing under facts/ or rules/");
    }

    @Test
    void aMistyped2024AmountFailsWithTheArithmetic() {
        Cli cli = Cli.run("verify", "--facts", brokenSeed().facts().toString());
        assertEquals(1, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("inconsistent deficit-2024"), cli.out());
        assertTrue(cli.out().contains(" consistent, 2 inconsistent, "), cli.out());
        assertTrue(cli.out().contains("error   change-equals-difference: US$16.3 billion [claim deficit-rise-from-2023]"
                + " = (US$259.4 billion [claim deficit-2024] − US$279.11 billion"), cli.out());
        assertTrue(cli.out().contains("= −US$19.71 ± 0.055 billion): fails"), cli.out());
        assertTrue(cli.out().contains("error   level-matches-reference: US$259.4 billion [claim deficit-2024]"), cli.out());
    }

    @Test
    void failOnNeverAlwaysExitsZero() {
        assertEquals(0, Cli.run("verify", "--facts", brokenSeed().facts().toString(), "--fail-on", "never").exitCode());
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws IOException {
        SeedCopy seed = brokenSeed();
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString(), "--format", "json");
        assertEquals(1, cli.exitCode(), cli.err());
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertEquals(1, doc.get("version").asInt());
        JsonNode claim = find(doc.get("claims"), "id", "deficit-2024");
        assertEquals("inconsistent", claim.get("verdict").asText());
        assertEquals(seed.claims().toString(), claim.get("file").asText());
        assertEquals(seed.lineOf("id: deficit-2024"), claim.get("line").asInt());
        JsonNode cause = find(doc.get("findings"), "claim", "deficit-2024");
        assertEquals("quote-supports-value", cause.get("rule").asText());
        assertEquals(seed.lineOf("amount: US$259.4 billion"), cause.get("line").asInt());
        assertTrue(cause.get("followsFrom").isNull());
        JsonNode finding = find(doc.get("findings"), "rule", "level-matches-reference");
        assertEquals("quote-supports-value", finding.get("followsFrom").get("rule").asText());
        assertEquals("deficit-2024", finding.get("followsFrom").get("claim").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals(claim.get("line"), finding.get("line"));
        JsonNode chain = finding.get("chain");
        assertEquals("=", chain.get("relation").asText());
        assertEquals("fails", chain.get("outcome").asText());
        assertEquals("259350000000", chain.get("left").get("low").asText());
        List<String> findings = new ArrayList<>();
        doc.get("findings").forEach(f -> findings.add(f.get("severity").asText() + " " + f.get("rule").asText()
                + " on " + f.get("claim").asText()));
        assertEquals(List.of("error quote-supports-value on deficit-2024",
                "error level-matches-reference on deficit-2024",
                "error change-equals-difference on deficit-rise-from-2023",
                "error implied-level-matches-reference on deficit-rise-from-2023",
                "info revised-since on deficit-2024"), findings, "the break and the arithmetic built on it, errors first");
        JsonNode summary = doc.get("summary");
        assertEquals(doc.get("claims").size(), summary.get("claims").asInt());
        assertEquals(4, summary.get("errors").asInt());
        assertEquals(1, summary.get("info").asInt());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path rules = rules();
        Path drl = rules.resolve("time.drl");
        FactsFixture.replace(drl, "$claim : WeekdayClaim($date : date,", "$claim : WeekdayClaim($date : date,, &&");
        Cli cli = verifyWithRules(rules);
        assertEquals(2, cli.exitCode(), cli.toString());
        int line = FactsFixture.lineOf(drl, "WeekdayClaim($date");
        assertTrue(cli.err().startsWith(rules.resolve("time.drl") + ":" + line + ":"), cli.err());
        assertEquals("", cli.out());
        assertFalse(cli.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aReportingRuleWithoutASeverityIsRefused() throws IOException {
        Path rules = rules();
        FactsFixture.replace(rules.resolve("quotes.drl"), "@severity(\"error\")", "");
        Cli cli = verifyWithRules(rules);
        assertEquals(2, cli.exitCode(), cli.toString());
        int line = FactsFixture.lineOf(rules.resolve("quotes.drl"), "rule \"quote-in-article");
        assertTrue(cli.err().contains("quotes.drl:" + line
                + ":1: rule \"quote-in-article\" reports findings but has no @severity"), cli.err());
    }

    @Test
    void aRuleThatThrowsIsReportedWithItsIdAndClaim() throws IOException {
        Path rules = rules();
        Files.writeString(rules.resolve("broken.drl"), """
                package claimcheck.broken;
                import dev.claimcheck.model.*;
                rule "divides-by-zero"
                    @severity("error") @title("t")
                when
                    $claim : WeekdayClaim()
                then
                    int zero = 0;
                    int never = 1 / zero;
                end
                """);
        Cli cli = verifyWithRules(rules);
        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains("broken.drl:3:1: rule divides-by-zero failed: ArithmeticException"), cli.err());
        assertTrue(cli.err().contains("weekday claim call-on-friday-feb-21"), cli.err());
    }

    @Test
    void badInputExitsTwoWithOneLinePerProblem() {
        SeedCopy seed = FactsFixture.seedCopy(tmp).edit("date: 2025-02-21", "date: 2025-02-30");
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString());
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals(List.of(seed.claims() + ":" + seed.lineOf("date: 2025-02-30") + ":11: field 'date': '2025-02-30' is not"
                + " a date in the calendar (write YYYY-MM-DD): Invalid date 'FEBRUARY 30'"),
                cli.err().lines().filter(line -> !line.startsWith("claimcheck: ")).toList());
    }

    @Test
    void unknownFormatOrOptionExitsTwo() {
        assertEquals(2, Cli.run("verify", "--format", "xml").exitCode());
        assertEquals(2, Cli.run("verify", "--fail-on", "sometimes").exitCode());
        assertEquals(2, Cli.run("verify", "--no-such-option").exitCode());
    }

    @Test
    void helpListsEveryCommandAndExplainsEach() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] {"verify", "baseline", "explain", "rules", "help"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " in:\n" + help.out());
        }
        assertTrue(Cli.run("help", "verify").out().startsWith("Usage: claimcheck verify"));
        assertTrue(Cli.run("rules", "--help").out().contains("lint"));
        assertEquals(2, Cli.run("verfy").exitCode());
    }

    @Test
    void versionIsPrinted() {
        Cli cli = Cli.run("--version");
        assertEquals(0, cli.exitCode());
        assertTrue(cli.out().startsWith("claimcheck "), cli.out());
    }
}
