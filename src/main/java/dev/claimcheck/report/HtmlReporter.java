package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.report.html.HtmlPage;
import dev.claimcheck.report.html.HtmlTemplate;
import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML page for people: each article's text with every claim marked by its verdict,
 * the workings behind each verdict, a chart per series, and a summary. The page needs no network: its
 * style and script are inline. The template library is reached only through {@code report.html}, so
 * the other formats never load it.
 */
public final class HtmlReporter implements Reporter {
    private final String jsonLd;

    public HtmlReporter() {
        this(null);
    }

    /** @param jsonLd JSON-LD to put in the page's head; null for the run's ClaimReview, when a publisher is known */
    public HtmlReporter(String jsonLd) {
        this.jsonLd = jsonLd;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        String head = jsonLd != null ? jsonLd : ClaimReviewReporter.jsonLd(result).orElse(null);
        HtmlTemplate.write(new HtmlPage(result).view(head), out);
    }
}
