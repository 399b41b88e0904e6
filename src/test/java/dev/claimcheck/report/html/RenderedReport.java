package dev.claimcheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.report.HtmlReporter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A facts directory checked with the bundled rules and written as the html report, and what any such page must show. */
public record RenderedReport(VerifyResult result, Path page) {
    public static RenderedReport of(Path facts, Path page) throws Exception {
        FactBase loaded = new FactsLoader().load(facts);
        RunResult run = new RuleEngine().run(BundledRules.compiled(), loaded);
        VerifyResult result = new VerifyResult(loaded, run.checks(), BundledRules.compiled().rules(),
                VerifyResult.Judgement.plain());
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            new HtmlReporter().write(result, out);
        }
        return new RenderedReport(result, page);
    }

    /** The card of the claim with this id. */
    public static Element card(Document page, String claimId) {
        Element card = page.select("article.claim").stream()
                .filter(c -> c.selectFirst("code.id").text().equals(claimId)).findFirst().orElse(null);
        assertNotNull(card, "no card for claim " + claimId);
        return card;
    }

    /**
     * Every claim has a card and, when its quote is in the article, a mark in the text: both in its
     * verdict's class, the mark naming the verdict in words and with its icon; each mark is a link, so
     * the keyboard reaches it.
     */
    public void assertEveryClaimMarked(Document page) {
        for (ClaimResult claim : result.claims()) {
            Element card = card(page, claim.claim().getId());
            String verdictClass = "v-" + claim.verdict().word();
            assertTrue(card.hasClass(verdictClass), claim.claim().getId() + ": " + card.className());
            assertEquals(claim.verdictWord(), card.selectFirst(".verdict").text().substring(2), claim.claim().getId());
            String quote = claim.claim().getQuote();
            if (!result.article(claim.claim().getArticle()).orElseThrow().getText().contains(quote)) {
                assertNotNull(card.selectFirst(".warn"), "a claim whose quote is not in the article says so");
                continue;
            }
            Element badge = page.selectFirst("a.badge[data-claim=" + card.id() + "]");
            assertNotNull(badge, "no mark for claim " + claim.claim().getId());
            assertTrue(badge.hasClass(verdictClass), badge.outerHtml());
            assertTrue(badge.attr("aria-label").endsWith(claim.claim().getId() + ": " + claim.verdictWord()),
                    badge.attr("aria-label"));
            assertEquals("#" + card.id(), badge.attr("href"));
            assertTrue(badge.text().startsWith(Look.of(claim.verdict()).icon()), badge.text());
        }
    }

    /** The ids of the series the page draws, each chart naming its series. */
    public static Set<String> chartedSeries(Document page) {
        Set<String> ids = new TreeSet<>();
        page.select("figure.chart").forEach(f -> ids.add(f.attr("data-series")));
        assertFalse(ids.contains(""), "a chart without its series");
        return ids;
    }

    /** The ids of the series the claims name that the reference data holds. */
    public Set<String> claimedSeries() {
        Set<String> known = new TreeSet<>(result.series().stream().map(s -> s.getId()).toList());
        Set<String> ids = new TreeSet<>();
        result.claims().forEach(c -> c.claim().getSeries().stream().filter(known::contains).forEach(ids::add));
        return ids;
    }

    public List<ClaimResult> claims() {
        return result.claims();
    }
}
