package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.Version;
import dev.claimcheck.judge.Fingerprints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report of the hand-made result, read back. */
class JsonReporterTest {
    private static final JsonReporter JSON = new JsonReporter();

    @Test
    void describesTheToolTheArticleAndTheCounts() {
        JsonNode report = SampleResult.renderTree(JSON, new SampleResult().plain());
        assertEquals(1, report.path("version").asInt());
        assertEquals("claimcheck", report.path("tool").path("name").asText());
        assertEquals(Version.get(), report.path("tool").path("version").asText());
        JsonNode article = report.path("articles").path(0);
        assertEquals("2025-02-22-sample", article.path("slug").asText());
        assertEquals("2025-02-22", article.path("published").asText());
        assertEquals(SampleResult.CLAIMS_FILE, article.path("file").asText());
        assertEquals("{\"claims\":3,\"consistent\":1,\"inconsistent\":2,\"undecided\":0,\"unchecked\":0,"
                + "\"errors\":2,\"warnings\":0,\"info\":0,\"drafts\":1,"
                + "\"coverage\":{\"mentions\":0,\"covered\":0,\"percent\":100}}", report.path("summary").toString());
        assertTrue(report.path("fixed").isNull(), "no baseline, no fixed list");
        assertEquals(0, report.path("waived").size());
    }

    @Test
    void givesEachClaimItsVerdictPlaceAndChecks() {
        JsonNode claims = SampleResult.renderTree(JSON, new SampleResult().plain()).path("claims");
        assertEquals(List.of("deficit-2024 level 12 consistent", "deficit-rise change 19 inconsistent",
                "bessent-former office 27 inconsistent"), SampleResult.each(claims, c -> c.path("id").asText() + " "
                + c.path("kind").asText() + " " + c.path("line").asInt() + " " + c.path("verdict").asText()));
        JsonNode level = claims.path(0);
        assertEquals("the United States ran a US$295.4 billion goods deficit\n  with China in 2024",
                level.path("quote").asText(), "the quote in full, as written");
        JsonNode pass = level.path("checks").path(0);
        assertEquals("level-matches-reference", pass.path("rule").asText());
        assertEquals("pass", pass.path("outcome").asText());
        assertTrue(pass.path("severity").isNull());
        assertEquals("holds", pass.path("chain").path("outcome").asText());
        assertEquals(0, level.path("findings").size());
        assertEquals(List.of(false, true, false), SampleResult.each(claims, c -> c.path("draft").asText())
                .stream().map(Boolean::parseBoolean).toList(), "deficit-rise is a draft");
        assertEquals(List.of("from true 2023", "to false 2024, not in the quote (it says 2023)",
                        "direction true rise (\"up\")", "amount true \"US$20 billion\""),
                SampleResult.each(claims.path(1).path("fromQuote"), f -> f.path("field").asText() + " "
                        + f.path("stated").asText() + " " + f.path("words").asText()), "which words filled which field");
        assertEquals(0, level.path("fromQuote").size(), "only drafts show it");
        assertEquals(List.of("office-tenure fail error"), SampleResult.each(claims.path(2).path("checks"),
                c -> c.path("rule").asText() + " " + c.path("outcome").asText() + " " + c.path("severity").asText()));
    }

    @Test
    void aFindingCarriesItsPlaceFingerprintAndWorkedNumbers() {
        SampleResult sample = new SampleResult();
        JsonNode findings = SampleResult.renderTree(JSON, sample.plain()).path("findings");
        assertEquals(List.of("change-matches-levels deficit-rise 19:5", "office-tenure bessent-former 27:5"),
                SampleResult.each(findings, f -> f.path("rule").asText() + " " + f.path("claim").asText() + " "
                        + f.path("line").asInt() + ":" + f.path("column").asInt()));
        JsonNode change = findings.path(0);
        assertEquals("error", change.path("severity").asText());
        assertEquals(SampleResult.CHANGE_MESSAGE, change.path("message").asText());
        assertEquals(SampleResult.CLAIMS_FILE, change.path("file").asText());
        assertEquals(Fingerprints.of(sample.comparisonFailure), change.path("fingerprint").asText());
        assertEquals("new", change.path("baseline").asText());
        JsonNode chain = change.path("chain");
        assertEquals("US$20 billion", chain.path("left").path("value").asText());
        assertEquals("=", chain.path("relation").asText());
        assertEquals("US$16.3 ± 0.1 billion", chain.path("right").path("value").asText());
        assertEquals("16200000000", chain.path("right").path("low").asText());
        assertEquals("16400000000", chain.path("right").path("high").asText());
        assertEquals(List.of("US$295.4 billion [us-china-goods-deficit 2024]", "US$279.1 billion [us-china-goods-deficit 2023]"),
                SampleResult.each(chain.path("right").path("inputs"), q -> q.path("expression").asText()));
        assertEquals("fails", chain.path("outcome").asText());
        JsonNode tenure = findings.path(1);
        assertEquals(SampleResult.TENURE_MESSAGE, tenure.path("message").asText());
        assertTrue(tenure.path("chain").isNull(), "a yes/no finding has no numbers");
    }

    @Test
    void withABaselineAndWaiversListsWaivedAndFixedFindingsApart() {
        JsonNode report = SampleResult.renderTree(JSON, new SampleResult().judged());
        assertEquals(List.of("change-matches-levels unchanged", "waiver-expired new"), SampleResult.each(report.path("findings"),
                f -> f.path("rule").asText() + " " + f.path("baseline").asText()));
        JsonNode waived = report.path("waived").path(0);
        assertEquals("office-tenure", waived.path("rule").asText());
        assertEquals("bessent-former", waived.path("claim").asText());
        assertEquals("{\"reason\":\"the article means his former post at a fund\",\"owner\":\"desk\","
                + "\"expires\":\"2025-12-31\",\"at\":\"facts/waivers.yaml:3:5\"}", waived.path("waiver").toString());
        assertEquals(1, report.path("waived").size());
        assertEquals(List.of("quote-in-article deficit-2024"), SampleResult.each(report.path("fixed"),
                e -> e.path("rule").asText() + " " + e.path("claim").asText()));
        assertEquals(1, report.path("summary").path("errors").asInt());
        assertEquals(1, report.path("summary").path("warnings").asInt());
    }

    @Test
    void nastyTextReadsBackExactlyAndIsWrittenOnlyAsEscapes() {
        String json = SampleResult.render(JSON, new NastyResult().result());
        NastyResult.assertEscapedJson(json);
        JsonNode report = SampleResult.renderTree(JSON, new NastyResult().result());
        String nasty = NastyResult.NASTY;
        assertEquals(NastyResult.WORDS.stream().map(NastyResult::id).toList(),
                SampleResult.each(report.path("claims"), c -> c.path("id").asText()));
        assertEquals(NastyResult.WORDS.stream().map(w -> w + " " + nasty).toList(),
                SampleResult.each(report.path("claims"), c -> c.path("quote").asText()));
        assertEquals(List.of(NastyResult.SLUG, nasty, nasty, NastyResult.PATH), List.of(
                report.path("articles").path(0).path("slug").asText(), report.path("articles").path(0).path("title").asText(),
                report.path("articles").path(0).path("outlet").asText(), report.path("articles").path(0).path("file").asText()));
        JsonNode failing = report.path("findings").path(0);
        assertEquals(List.of(NastyResult.RULE.id(), NastyResult.id("failing"), "failing " + nasty, NastyResult.PATH),
                List.of(failing.path("rule").asText(), failing.path("claim").asText(), failing.path("message").asText(),
                        failing.path("file").asText()));
        JsonNode waiver = report.path("waived").path(0).path("waiver");
        assertEquals(List.of("reason " + nasty, "owner " + nasty, NastyResult.WAIVERS + ":3:5"), List.of(
                waiver.path("reason").asText(), waiver.path("owner").asText(), waiver.path("at").asText()));
        assertEquals("fixed " + nasty, report.path("fixed").path(0).path("message").asText());
    }
}
