package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Article;
import dev.claimcheck.report.html.RenderedReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The html report as an HTML parser reads it: every claim marked, and nothing from facts ever markup or script. */
class HtmlReporterTest {
    private static final String EVIL = "<script>alert(1)</script> \"dq\" 'sq' `bt` </script> <!-- &amp; <img src=x onerror=alert(2)>";

    @TempDir
    Path tmp;

    @Test
    void everyClaimOfASmallCorpusIsMarkedWithItsVerdict() throws Exception {
        FactsFixture.SeedCopy seed = FactsFixture.seedCopy(tmp).plantAmountBreak();
        RenderedReport report = RenderedReport.of(seed.facts(), tmp.resolve("report.html"));
        Document page = Jsoup.parse(report.page().toFile());
        report.assertEveryClaimMarked(page);
        assertTrue(RenderedReport.card(page, "deficit-2024").hasClass("v-inconsistent"));
        assertEquals(report.claimedSeries(), RenderedReport.chartedSeries(page));
    }

    @Test
    void aSourceTitleAndAQuoteFullOfMarkupShowAsWritten() throws Exception {
        FactsFixture.SeedCopy seed = FactsFixture.seedCopy(tmp)
                .plantWritersError("goods trade deficit with China in 2024", "goods trade deficit " + EVIL.replace("\"", "")
                        + " with China in 2024");
        Path census = seed.facts().resolve("reference/census-us-china-goods.yaml");
        Files.writeString(census, Files.readString(census).replace(
                "title: \"U.S. International Trade in Goods and Services, December and Annual 2024 (FT-900)\"",
                "title: " + new ObjectMapper().writeValueAsString(EVIL)));
        RenderedReport report = RenderedReport.of(seed.facts(), tmp.resolve("report.html"));
        Document page = Jsoup.parse(report.page().toFile());

        assertOnlyOwnScripts(page, 1);
        Element card = RenderedReport.card(page, "deficit-2024");
        assertTrue(card.selectFirst("blockquote").wholeText().contains(EVIL.replace("\"", "")), card.outerHtml());
        assertTrue(card.select(".sources a").stream().anyMatch(a -> a.text().equals(EVIL)), card.outerHtml());
        assertTrue(page.select("mark.q").stream().anyMatch(m -> m.wholeText().contains(EVIL.replace("\"", ""))));
    }

    @Test
    void claimIdsQuotesMessagesAndJsonLdFullOfMarkupStayInert() throws Exception {
        NastyResult nasty = new NastyResult();
        Article article = nasty.facts.getArticles().get(0);
        article.setText(String.join("\n", nasty.claims.stream().map(c -> c.getQuote() + " " + EVIL).toList()));
        VerifyResult result = nasty.result();
        String jsonLd = new ObjectMapper().writeValueAsString(Map.of("@type", "ClaimReview", "claimReviewed", EVIL));
        Document page = Jsoup.parse(SampleResult.render(new HtmlReporter(jsonLd), result));

        assertOnlyOwnScripts(page, 2);
        Element ld = page.selectFirst("head script[type=application/ld+json]");
        assertNotNull(ld, "the JSON-LD block is in the head");
        assertEquals(EVIL, new ObjectMapper().readTree(ld.data()).get("claimReviewed").asText());
        for (String word : NastyResult.WORDS) {
            String id = NastyResult.id(word);
            Element card = page.select("article.claim").stream()
                    .filter(c -> c.selectFirst("code.id").wholeText().equals(shownAs(id))).findFirst().orElse(null);
            assertNotNull(card, "a card whose id reads as written: " + word);
            assertTrue(card.selectFirst("blockquote").wholeText().contains(shownAs(word + " " + NastyResult.NASTY)));
        }
        assertEquals(NastyResult.WORDS.size(), page.select("a.badge").size(), "a mark per claim, the unchecked one too");
    }

    /** What a page can show of a text: everything but NUL, which HTML never holds. */
    private static String shownAs(String text) {
        return text.replace("\u0000", "");
    }

    /**
     * The page's scripts are its own: the last element of the body, and the JSON-LD one when given; no
     * element carries an event handler attribute, and no link goes anywhere but the page or the web.
     */
    private static void assertOnlyOwnScripts(Document page, int expected) {
        List<Element> scripts = page.select("script");
        assertEquals(expected, scripts.size(), scripts.toString());
        assertTrue(page.body().children().last().tagName().equals("script"));
        assertTrue(scripts.get(scripts.size() - 1).data().contains("claimcheck html report"));
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
            }
        }
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"), href);
        }
    }
}
