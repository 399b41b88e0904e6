package dev.claimcheck.report.html;

import java.util.List;

/**
 * What the page template shows, as plain values: the template reads these and nothing else, and
 * escapes every text it writes. Only {@link Page#css}, {@link Page#script} and {@link Page#jsonLd}
 * are written unescaped: the first two are claimcheck's own resources, the last is made safe by
 * {@link JsonLdBlock}.
 */
public final class View {
    private View() {
    }

    public record Page(String title, List<Row> summary, List<ArticleView> articles, String css, String script,
                       String jsonLd) {
        public boolean hasJsonLd() {
            return jsonLd != null;
        }
    }

    /** A row of the summary table: what is counted, how many, and the verdict class when it counts a verdict. */
    public record Row(String what, String count, String verdictClass, String icon) {
    }

    public record ArticleView(String anchor, String title, String outlet, String published, String url,
                              String file, List<Segment> text, List<ClaimView> claims, List<ChartView> charts,
                              List<String> uncovered, String coverage) {
        public boolean hasUncovered() {
            return !uncovered.isEmpty();
        }

        public boolean hasCharts() {
            return !charts.isEmpty();
        }
    }

    /**
     * A run of the article's text: plain, inside the quotes of some claims ({@code verdictClass} of the
     * worst of them), or an uncovered mention; followed by the badges of the claims whose quotes end here.
     */
    public record Segment(String text, String verdictClass, String claims, boolean uncovered, List<Badge> badges) {
        public boolean marked() {
            return verdictClass != null;
        }
    }

    /** The focusable mark after a claim's quote: it names the claim and its verdict in words and an icon. */
    public record Badge(String anchor, String number, String verdictClass, String icon, String label) {
    }

    public record ClaimView(String anchor, String number, String id, String kind, String verdict, String verdictClass,
                            String icon, boolean draft, String quote, String location, boolean quoteFound,
                            String note, List<CheckView> checks, List<Step> chain, List<SourceView> sources,
                            List<String> fromQuote) {
        public boolean hasChain() {
            return !chain.isEmpty();
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        public boolean hasFromQuote() {
            return !fromQuote.isEmpty();
        }
    }

    /** One rule's conclusion: "pass", "error", ... and its message with the worked numbers. */
    public record CheckView(String outcome, String outcomeClass, String rule, String message, String standing) {
    }

    /** A derived figure: what it is called, its arithmetic, and the value it came to. */
    public record Step(String name, String expression, String value) {
    }

    /** A cited source with the vintage the value was read from; {@code url} null unless http(s). */
    public record SourceView(String fact, String vintage, String title, String publisher, String url) {
    }

    /** A chart: its size, the plot's left and right edge and the line of x labels, then what it draws. */
    public record ChartView(String anchor, String series, String title, String caption, String svgWidth, String svgHeight,
                            String plotLeft, String plotRight, String yLabelsX, String xLabelsY, List<Tick> yTicks, List<Tick> xTicks, List<Line> lines, List<Dot> dots, List<Bar> bars,
                            List<String> legend) {
    }

    public record Tick(String at, String label) {
    }

    /** A polyline; {@code kind} is its CSS class: in-force, earlier or later vintage. */
    public record Line(String kind, String points, String title) {
    }

    public record Dot(String kind, String x, String y, String title) {
    }

    /** A claimed value's stated-precision interval, drawn as a vertical bar with caps. */
    public record Bar(String verdictClass, String x, String low, String high, String capLeft, String capRight,
                      String mid, String title) {
    }
}
