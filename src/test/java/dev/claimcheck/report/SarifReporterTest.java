package dev.claimcheck.report;

import static dev.claimcheck.report.SampleResult.each;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.judge.Fingerprints;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SARIF 2.1.0 for the hand-made result, read back. */
class SarifReporterTest {
    private static final SarifReporter SARIF = new SarifReporter();

    private static JsonNode run(dev.claimcheck.judge.VerifyResult result) {
        JsonNode sarif = SampleResult.renderTree(SARIF, result);
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.path("$schema").asText());
        assertEquals(1, sarif.path("runs").size());
        return sarif.path("runs").path(0);
    }

    /** A result's level; SARIF reads an absent level as "warning". */
    private static String level(JsonNode node) {
        return node.path("level").asText("warning");
    }

    @Test
    void listsEveryRuleWithItsDefaultLevelBuiltInChecksIncluded() {
        JsonNode driver = run(new SampleResult().plain()).path("tool").path("driver");
        assertEquals("claimcheck", driver.path("name").asText());
        assertEquals(List.of("level-matches-reference error", "change-matches-levels error", "office-tenure error",
                        "claim-unchecked warning", "claim-retracted error", "waiver-expired warning", "waiver-unused warning",
                        "mention-uncovered note"),
                each(driver.path("rules"), r -> r.path("id").asText() + " " + level(r.path("defaultConfiguration"))));
        JsonNode office = driver.path("rules").path(2);
        assertEquals(SampleResult.TENURE_RULE.title(), office.path("shortDescription").path("text").asText());
        assertEquals(SampleResult.TENURE_RULE.title(), office.path("fullDescription").path("text").asText(),
                "without a description, the full description is the title");
    }

    /** Code scanning requires help on every rule (sarif-multitool's GH2012): text and Markdown, never empty. */
    @Test
    void everyRuleCarriesItsHelpAsTextAndMarkdown() {
        dev.claimcheck.judge.VerifyResult result = new SampleResult().plain();
        JsonNode rules = run(result).path("tool").path("driver").path("rules");
        assertEquals(result.rules().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode help = rules.path(i).path("help");
            assertEquals(RuleHelp.text(result.rules().get(i)), help.path("text").asText());
            assertEquals(RuleHelp.markdown(result.rules().get(i)), help.path("markdown").asText());
            assertTrue(help.path("text").asText().startsWith(result.rules().get(i).title()), help.toString());
        }
        JsonNode waiverExpired = rules.path(5);
        assertEquals("waiver-expired", waiverExpired.path("id").asText());
        assertTrue(waiverExpired.path("help").path("text").asText().contains("How to fix: Renew the waiver"),
                waiverExpired.toString());
    }

    @Test
    void oneResultPerFindingAtItsClaimWithALineFreeFingerprint() {
        SampleResult sample = new SampleResult();
        JsonNode results = run(sample.plain()).path("results");
        assertEquals(List.of("change-matches-levels error facts/articles/2025-02-22-sample/claims.yaml:19:5",
                        "office-tenure error facts/articles/2025-02-22-sample/claims.yaml:27:5"),
                each(results, r -> r.path("ruleId").asText() + " " + level(r) + " " + place(r)));
        assertEquals(List.of(SampleResult.CHANGE_MESSAGE, SampleResult.TENURE_MESSAGE),
                each(results, r -> r.path("message").path("text").asText()));
        assertEquals(List.of(Fingerprints.of(sample.comparisonFailure), Fingerprints.of(sample.yesNoFailure)),
                each(results, r -> r.path("partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText()));
        assertTrue(results.path(0).path("baselineState").isMissingNode(), "no baseline, no baseline state");
        assertTrue(results.path(0).path("suppressions").isMissingNode());
        assertEquals(List.of("true", ""), each(results, r -> r.path("properties").path("draft").asText()),
                "the finding on the draft deficit-rise says so");
    }

    @Test
    void withABaselineEachResultHasItsStateAndAWaivedFindingIsSuppressed() {
        JsonNode results = run(new SampleResult().judged()).path("results");
        assertEquals(List.of("change-matches-levels error unchanged", "waiver-expired warning new",
                        "office-tenure error new"),
                each(results, r -> r.path("ruleId").asText() + " " + level(r) + " " + r.path("baselineState").asText()));
        assertEquals("facts/waivers.yaml:9:5", place(results.path(1)));
        JsonNode suppression = results.path(2).path("suppressions").path(0);
        assertEquals("external", suppression.path("kind").asText());
        assertEquals("accepted", suppression.path("status").asText());
        assertEquals("the article means his former post at a fund (desk, until 2025-12-31)",
                suppression.path("justification").asText());
        assertEquals(1, results.path(2).path("suppressions").size());
    }

    /** A relative file is a URI reference (a first segment with a colon is not a scheme), an absolute one a file URI. */
    @ParameterizedTest
    @CsvSource({
            "facts/articles/a b/claims.yaml, facts/articles/a%20b/claims.yaml",
            "facts\\articles\\x\\claims.yaml, facts/articles/x/claims.yaml",
            "/tmp/facts/waivers.yaml, file:///tmp/facts/waivers.yaml",
            "a:b/claims.yaml, ./a:b/claims.yaml",
            "::x, ./::x",
            "facts/a:b/claims.yaml, facts/a:b/claims.yaml"})
    void filesAreUriReferences(String file, String uri) {
        assertEquals(uri, SarifReporter.uri(file));
    }

    @Test
    void nastyTextReadsBackExactlyAndIsWrittenOnlyAsEscapes() {
        dev.claimcheck.judge.VerifyResult result = new NastyResult().result();
        NastyResult.assertEscapedJson(SampleResult.render(SARIF, result));
        JsonNode run = run(result);
        JsonNode rule = run.path("tool").path("driver").path("rules").path(0);
        assertEquals(List.of(NastyResult.RULE.id(), NastyResult.RULE.title(), NastyResult.RULE.description()),
                List.of(rule.path("id").asText(), rule.path("shortDescription").path("text").asText(),
                        rule.path("fullDescription").path("text").asText()));
        JsonNode results = run.path("results");
        assertEquals(result.findings().size() + result.waived().size(), results.size());
        assertEquals(java.util.stream.Stream.concat(result.findings().stream(), result.waived().stream())
                        .map(dev.claimcheck.judge.Finding::message).toList(),
                each(results, r -> r.path("message").path("text").asText()));
        assertEquals("reason " + NastyResult.NASTY + " (owner " + NastyResult.NASTY + ", until 2099-12-31)",
                results.path(3).path("suppressions").path(0).path("justification").asText());
        String uri = results.path(0).path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText();
        assertEquals("./" + NastyResult.PATH.replace('\\', '/'), java.net.URI.create(uri).getPath(),
                "the file as a relative reference; a backslash is a separator, as on Windows");
    }

    private static String place(JsonNode result) {
        JsonNode physical = result.path("locations").path(0).path("physicalLocation");
        return physical.path("artifactLocation").path("uri").asText() + ":"
                + physical.path("region").path("startLine").asInt() + ":"
                + physical.path("region").path("startColumn").asInt();
    }
}
