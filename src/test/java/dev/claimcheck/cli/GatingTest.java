package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.WithSeedCopy;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.report.SarifReporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: every output format on a copy of the seed article with a planted break, baselines and
 * waivers. The amount break makes exactly two claims inconsistent: deficit-2024 and the change
 * deficit-rise-from-2023 that is computed from it.
 */
class GatingTest extends WithSeedCopy {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INCONSISTENT_AFTER_AMOUNT_BREAK = 2;

    private Cli verify(String... extra) {
        return Cli.run(Stream.concat(Stream.of("verify", "--facts", seed.facts().toString()), Stream.of(extra))
                .toArray(String[]::new));
    }

    @Test
    void sarifNamesTheRuleFileAndLineAndListsEveryRule() throws IOException {
        seed.plantAmountBreak();
        Path sarif = tmp.resolve("out/claimcheck.sarif");
        Cli cli = verify("--format", "text", "--format", "sarif=" + sarif);
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("inconsistent deficit-2024"), "text still goes to standard output");
        JsonNode run = JSON.readTree(sarif.toFile()).get("runs").get(0);
        assertEquals("2.1.0", JSON.readTree(sarif.toFile()).get("version").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(everyRuleId(), ruleIds(rules), "every DRL rule and claimcheck's built-in checks on waivers");
        JsonNode result = resultFor(run, "level-matches-reference");
        assertEquals("error", result.get("level").asText());
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertEquals(seed.claims().toUri().toString(), physical.get("artifactLocation").get("uri").asText());
        assertEquals(seed.lineOf("id: deficit-2024"), physical.get("region").get("startLine").asInt());
        assertEquals(5, physical.get("region").get("startColumn").asInt());
        assertTrue(result.get("message").get("text").asText().contains("US$259.4 billion"));
        try (Stream<Path> left = Files.list(sarif.getParent())) {
            assertEquals(List.of(sarif), left.toList(), "no temporary file is left beside the output");
        }
    }

    @Test
    void sarifFingerprintsIgnoreLinesThatMove() throws IOException {
        seed.plantAmountBreak();
        Path before = tmp.resolve("before.sarif");
        Path after = tmp.resolve("after.sarif");
        verify("--format", "sarif=" + before);
        seed.edit("claims:\n", "claims:\n  # a comment that moves every claim down\n\n");
        verify("--format", "sarif=" + after);
        JsonNode first = resultFor(JSON.readTree(before.toFile()).get("runs").get(0), "level-matches-reference");
        JsonNode second = resultFor(JSON.readTree(after.toFile()).get("runs").get(0), "level-matches-reference");
        assertEquals(first.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY),
                second.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY));
        assertEquals(first.at("/locations/0/physicalLocation/region/startLine").asInt() + 2,
                second.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    private static List<String> everyRuleId() {
        return Stream.concat(BundledRules.compiled().rules().stream().map(RuleInfo::id),
                Stream.of("claim-unchecked", "claim-retracted", "waiver-expired", "waiver-unused",
                        "mention-uncovered")).sorted().toList();
    }

    private static List<String> ruleIds(JsonNode sarifRules) {
        List<String> ids = new ArrayList<>();
        sarifRules.forEach(rule -> ids.add(rule.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static JsonNode resultFor(JsonNode run, String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + run.get("results"));
    }

    @Test
    void junitXmlParsesInSurefiresReportParser() throws Exception {
        seed.plantAmountBreak();
        Path xml = tmp.resolve("TEST-claimcheck.xml");
        assertEquals(1, verify("--format", "junit", "--output", xml.toString()).exitCode());
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertEquals(1, suites.size());
        ReportTestSuite suite = suites.get(0);
        assertEquals(seed.claimIds().size(), suite.getNumberOfTests(), "one test per claim");
        assertEquals(INCONSISTENT_AFTER_AMOUNT_BREAK, suite.getNumberOfFailures());
        ReportTestCase failed = suite.getTestCases().stream().filter(ReportTestCase::hasFailure)
                .filter(c -> c.getName().equals("deficit-2024")).findFirst().orElseThrow();
        assertEquals(FactsFixture.SEED, failed.getClassName());
        assertEquals("level-matches-reference", failed.getFailureType());
    }

    @Test
    void githubAnnotationsPointAtTheClaimMostSevereFirstThenASummary() {
        seed.plantAmountBreak();
        Cli cli = verify("--format", "github");
        assertEquals(1, cli.exitCode());
        List<String> lines = cli.out().lines().toList();
        assertEquals("::error file=" + seed.claims() + ",line=" + seed.lineOf("amount: US$259.4 billion")
                + ",col=5,title=quote-supports-value::deficit-2024: the claim's amount is US$259.4 billion, but the quote"
                + " says US$295.4 billion", lines.get(0), "the cause comes first, at the line of the mistyped value");
        assertTrue(lines.get(1).startsWith("::error file=" + seed.claims() + ",line=" + seed.lineOf("id: deficit-2024")
                + ",col=5,title=level-matches-reference::deficit-2024: US$259.4 billion"), lines.get(1));
        assertTrue(lines.get(1).endsWith("(follows from deficit-2024 quote-supports-value at " + seed.claims() + ":"
                + seed.lineOf("amount: US$259.4 billion") + ":5)"), lines.get(1));
        assertTrue(lines.get(lines.size() - 2).startsWith("::notice "), "info findings come last");
        int claimCount = seed.claimIds().size();
        String summary = "claimcheck: " + claimCount + " claims: " + (claimCount - INCONSISTENT_AFTER_AMOUNT_BREAK)
                + " consistent, " + INCONSISTENT_AFTER_AMOUNT_BREAK + " inconsistent";
        assertTrue(lines.get(lines.size() - 1).startsWith(summary), lines.get(lines.size() - 1));
    }

    @Test
    void tapHasOneTestPerClaim() {
        seed.plantAmountBreak();
        Cli cli = verify("--format", "tap");
        List<String> lines = cli.out().lines().toList();
        int claimCount = seed.claimIds().size();
        assertEquals("TAP version 14", lines.get(0));
        assertEquals("1.." + claimCount, lines.get(1));
        assertTrue(lines.contains("not ok " + seed.position("deficit-2024") + " - " + FactsFixture.SEED + "/deficit-2024"),
                cli.out());
        assertEquals(INCONSISTENT_AFTER_AMOUNT_BREAK, lines.stream().filter(l -> l.startsWith("not ok")).count());
        assertEquals(claimCount - INCONSISTENT_AFTER_AMOUNT_BREAK, lines.stream().filter(l -> l.startsWith("ok ")).count());
    }

    @Test
    void twoFormatsCannotShareStandardOutput() {
        assertEquals(2, verify("--format", "text", "--format", "json").exitCode());
    }

    @Test
    void aBaselineMadeBeforeABreakPassesUnrelatedChangesAndFailsTheBreak() throws IOException {
        seed.plantWeekdayBreak();                     // a known problem the team has not fixed yet
        Path baseline = tmp.resolve("baseline.json");
        Cli made = Cli.run("baseline", "--facts", seed.facts().toString(), "--output", baseline.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(1, verify().exitCode(), "without the baseline the known problem fails");

        seed.edit("claims:\n", "claims:\n  # an unrelated edit that moves lines\n");
        Cli unrelated = verify("--baseline", baseline.toString());
        assertEquals(0, unrelated.exitCode(), unrelated.out());
        assertTrue(unrelated.out().contains("Baseline: 0 new, 2 unchanged, 0 fixed"), unrelated.out());

        seed.plantAmountBreak();
        Cli broken = verify("--baseline", baseline.toString(), "--format", "json");
        assertEquals(1, broken.exitCode());
        JsonNode findings = JSON.readTree(broken.out()).get("findings");
        // The mistyped amount, the three errors that follow from it, and the note on deficit-2024's revision,
        // which is about a new value now; the weekday error stays as it was.
        assertEquals(5, countWhere(findings, "baseline", "new"));
        assertEquals(1, countWhere(findings, "baseline", "unchanged"));

        seed.fixWeekdayBreak();
        Cli fixed = verify("--baseline", baseline.toString(), "--fail-on", "never");
        assertTrue(fixed.out().contains("fixed   weekday-matches-date on call-on-friday-feb-21"), fixed.out());
    }

    private static long countWhere(JsonNode array, String field, String value) {
        long n = 0;
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                n++;
            }
        }
        return n;
    }

    private void waive(String claim, String rule, String expires) throws IOException {
        Files.writeString(seed.facts().resolve("waivers.yaml"), """
                waivers:
                  - claim: %s
                    rule: %s
                    reason: the writer's error, kept as published
                    owner: data desk
                    expires: %s
                """.formatted(claim, rule, expires), StandardCharsets.UTF_8);
    }

    @Test
    void aWaiverSilencesExactlyItsFindingUntilItExpires() throws IOException {
        seed.plantWeekdayBreak().plantAmountBreak();
        waive("call-on-friday-feb-21", "weekday-matches-date", "2026-12-31");
        Cli waived = verify("--today", "2026-12-31", "--format", "json");
        assertEquals(1, waived.exitCode(), "the amount break is not waived");
        JsonNode doc = JSON.readTree(waived.out());
        assertEquals(1, doc.get("waived").size());
        assertEquals("weekday-matches-date", doc.get("waived").get(0).get("rule").asText());
        assertEquals("data desk", doc.get("waived").get(0).get("waiver").get("owner").asText());
        assertFalse(doc.get("findings").toString().contains("weekday-matches-date"));

        seed.fixAmountBreak();
        assertEquals(0, verify("--today", "2026-12-31").exitCode(), "only the waived finding is left");
        Cli expired = verify("--today", "2027-01-01");
        assertEquals(1, expired.exitCode(), expired.out());
        assertTrue(expired.out().contains("waiver-expired"), expired.out());
    }

    @Test
    void waivedOrBaselinedClaimsDoNotFailJunitOrTap() throws Exception {
        seed.plantWeekdayBreak();
        waive("call-on-friday-feb-21", "weekday-matches-date", "2030-01-01");
        Path xml = tmp.resolve("junit.xml");
        Cli cli = verify("--today", "2026-11-28", "--format", "junit=" + xml, "--format", "tap");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("not ok " + seed.position("call-on-friday-feb-21") + " - " + FactsFixture.SEED
                + "/call-on-friday-feb-21 # TODO waived: the writer's error, kept as published"), cli.out());
        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString()).get(0);
        assertEquals(0, suite.getNumberOfFailures());
        assertEquals(1, suite.getNumberOfSkipped());
    }

    @Test
    void aWaiverThatMatchesNothingIsAWarning() throws IOException {
        waive("deficit-2024", "weekday-matches-date", "2030-01-01");
        Cli cli = verify("--today", "2026-11-28");
        assertEquals(0, cli.exitCode(), "a warning does not fail at --fail-on error");
        assertTrue(cli.out().contains(seed.facts().resolve("waivers.yaml") + ":2:5: warning waiver-unused"), cli.out());
        assertEquals(1, verify("--today", "2026-11-28", "--fail-on", "warning").exitCode());
        assertEquals(0, verify("--today", "2026-11-28", "--fail-on", "warning", "--no-fail").exitCode());
    }
}
