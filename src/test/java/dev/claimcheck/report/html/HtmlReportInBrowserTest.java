package dev.claimcheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The html report as Chromium renders it: the page after its script ran ({@code --dump-dom}) marks every
 * claim with its verdict and draws a chart per series; driven over the DevTools protocol, the keyboard
 * and the mouse bring up a claim's worked numbers. Screenshots go to target/ for a person to look at.
 */
class HtmlReportInBrowserTest {
    private static final Path TARGET = Path.of("target");

    @TempDir
    Path tmp;

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    @Test
    void theBundledFactsShowEveryClaimWithItsVerdictAndAChartPerSeries() throws Exception {
        Path facts = FactsFixture.copy(BundledRules.FACTS, tmp.resolve("facts"));
        RenderedReport report = RenderedReport.of(facts, tmp.resolve("report.html"));
        Document page = Jsoup.parse(Chromium.dumpDom(report.page()));

        report.assertEveryClaimMarked(page);
        assertEquals(report.claimedSeries(), RenderedReport.chartedSeries(page));
        assertEquals(page.select("figure.chart").size(), page.select("figure.chart > svg").size());
        assertTrue(page.select("figure.chart svg polyline.in-force").size() >= report.claimedSeries().size());
        assertTrue(page.selectFirst("html").hasClass("js"), "the page's script ran");

        Files.createDirectories(TARGET);
        Chromium.screenshot(report.page(), TARGET.resolve("html-report.png"), "1280,2000");
        Chromium.screenshot(report.page(), TARGET.resolve("html-report-phone.png"), "390,1800");
    }

    @Test
    void thePlanted259BreakIsMarkedInconsistentAndShowsItsWorkedNumbersOnInteraction() throws Exception {
        FactsFixture.SeedCopy seed = FactsFixture.seedCopy(tmp).plantAmountBreak();
        RenderedReport report = RenderedReport.of(seed.facts(), tmp.resolve("report.html"));
        Document page = Jsoup.parse(Chromium.dumpDom(report.page()));

        report.assertEveryClaimMarked(page);
        assertEquals(report.claimedSeries(), RenderedReport.chartedSeries(page));
        Element broken = RenderedReport.card(page, "deficit-2024");
        assertTrue(broken.hasClass("v-inconsistent"), broken.className());
        assertTrue(page.select("svg .claimed.v-inconsistent").size() >= 1, "the chart shows the claimed 259.4 as wrong");

        try (Chromium.Page live = Chromium.open(report.page(), 1280, 1400)) {
            assertTrue(live.evaluate("document.querySelector('.panel').hidden").asBoolean(), "no claim chosen yet");
            tabToFirstMark(live);
            String focused = live.evaluate("document.activeElement.dataset.claim").asText();
            assertEquals(focused, live.evaluate("document.querySelector('.panel').dataset.shows").asText(),
                    "focusing a mark by keyboard shows its claim");

            String badge = "a.badge[data-claim=" + broken.id() + "]";
            live.click(badge);
            String panel = live.evaluate("document.querySelector('.panel').innerText").asText();
            assertEquals(broken.id(), live.evaluate("document.querySelector('.panel').dataset.shows").asText());
            assertFalse(live.evaluate("document.querySelector('.panel').hidden").asBoolean());
            for (String worked : new String[] {"inconsistent", "US$259.4 billion", "US$295.4 billion", "fails"}) {
                assertTrue(panel.contains(worked), "the panel shows '" + worked + "':\n" + panel);
            }
            Files.createDirectories(TARGET);
            live.screenshot(TARGET.resolve("html-report-break.png"));
            live.press("Escape", 27);
            assertTrue(live.evaluate("document.querySelector('.panel').hidden").asBoolean(), "Escape hides the claim");
        }
        long inconsistent = report.claims().stream().filter(c -> c.verdict() == Verdict.INCONSISTENT).count();
        assertEquals(inconsistent, page.select("article.claim.v-inconsistent").size());
        assertTrue(report.claims().stream().map(ClaimResult::verdict).anyMatch(v -> v == Verdict.CONSISTENT));
    }

    /** Presses Tab until a claim's mark has the focus, as a keyboard user would. */
    private static void tabToFirstMark(Chromium.Page live) {
        for (int presses = 0; presses < 40; presses++) {
            live.press("Tab", 9);
            if (live.evaluate("document.activeElement.matches('a.badge')").asBoolean()) {
                return;
            }
        }
        throw new AssertionError("40 presses of Tab reached no claim's mark");
    }
}
