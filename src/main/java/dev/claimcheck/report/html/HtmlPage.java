package dev.claimcheck.report.html;

import dev.claimcheck.coverage.ArticleCoverage;
import dev.claimcheck.coverage.Mention;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.BaselineStatus;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.Summary;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.report.QuoteFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The html report's content: the summary, then per article its text with every claim's quote marked,
 * a card per claim with its checks and workings, and a chart per series it claims. {@link HtmlTemplate}
 * writes it out.
 */
public final class HtmlPage {
    private final VerifyResult result;
    private final Workings workings;

    public HtmlPage(VerifyResult result) {
        this.result = result;
        this.workings = new Workings(result.series());
    }

    /** The page; {@code jsonLd} is JSON-LD for the head, or null for none. */
    public View.Page view(String jsonLd) {
        List<View.ArticleView> articles = new ArrayList<>();
        for (int i = 0; i < result.articles().size(); i++) {
            articles.add(article(result.articles().get(i), "a" + (i + 1)));
        }
        return new View.Page("claimcheck: " + result.summary().line(), summary(), articles, HtmlTemplate.resource("report.css"),
                HtmlTemplate.resource("report.js"), jsonLd == null ? null : JsonLdBlock.inert(jsonLd));
    }

    private List<View.Row> summary() {
        Summary summary = result.summary();
        List<View.Row> rows = new ArrayList<>();
        rows.add(new View.Row("claims", String.valueOf(summary.claims()), null, null));
        for (Verdict verdict : Verdict.values()) {
            Look look = Look.of(verdict);
            rows.add(new View.Row(verdict.word(), String.valueOf(summary.verdict(verdict)), look.verdictClass(), look.icon()));
        }
        for (Severity severity : Severity.values()) {
            rows.add(new View.Row(severity.word() + " findings", String.valueOf(summary.findings(severity)), null, null));
        }
        rows.add(new View.Row("drafts (not yet reviewed)", String.valueOf(summary.drafts()), null, null));
        if (summary.mentions() > 0) {
            rows.add(new View.Row("coverage, all articles", ArticleCoverage.describe(summary.covered(), summary.mentions()),
                    null, null));
        }
        return rows;
    }

    private View.ArticleView article(Article article, String anchor) {
        List<ClaimResult> claims = result.claims().stream()
                .filter(c -> article.getSlug().equals(c.claim().getArticle())).toList();
        String text = article.getText();
        List<View.ClaimView> cards = new ArrayList<>();
        List<ArticleMarkup.Span> spans = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult claim = claims.get(i);
            String claimAnchor = anchor + "-c" + (i + 1);
            String quote = claim.claim().getQuote();
            int start = quote == null || quote.isEmpty() ? -1 : text.indexOf(quote);
            cards.add(card(claim, claimAnchor, String.valueOf(i + 1), start >= 0));
            if (start >= 0) {
                Look look = Look.of(claim.verdict());
                spans.add(new ArticleMarkup.Span(start, start + quote.length(), look, new View.Badge(claimAnchor,
                        String.valueOf(i + 1), look.verdictClass(), look.icon(),
                        "claim " + (i + 1) + ", " + claim.claim().getId() + ": " + claim.verdictWord())));
            }
        }
        ArticleCoverage coverage = result.coverage().stream().filter(c -> c.article() == article).findFirst().orElse(null);
        List<Mention> uncovered = coverage == null ? List.of() : coverage.uncovered();
        List<String> uncoveredLines = coverage == null ? List.of()
                : result.uncoveredIn(coverage).stream().map(Finding::message).toList();
        return new View.ArticleView(anchor, article.getTitle(), article.getOutlet(), String.valueOf(article.getPublished()),
                Workings.webLink(article.getUrl()), article.getLocation() == null ? "" : article.getLocation().file(),
                ArticleMarkup.segments(text, spans, uncovered), cards, new ArticleCharts(result, article).views(anchor),
                uncoveredLines, coverage == null || coverage.found() == 0 ? null : coverage.describe());
    }

    private View.ClaimView card(ClaimResult result, String anchor, String number, boolean quoteFound) {
        Claim claim = result.claim();
        Look look = Look.of(result.verdict());
        List<View.CheckView> checks = result.checks().stream().map(c -> check(result, c)).toList();
        return new View.ClaimView(anchor, number, claim.getId(), claim.getKind(), result.verdictWord(), look.verdictClass(),
                look.icon(), result.draft(), claim.getQuote(), String.valueOf(claim.getLocation()), quoteFound,
                claim.getNote(), checks, workings.chain(result), workings.sources(result),
                result.fromQuote().isEmpty() ? List.of() : QuoteFields.block(result));
    }

    private View.CheckView check(ClaimResult claim, Check check) {
        String outcome = check.isFinding() ? check.severity().word() : "pass";
        return new View.CheckView(outcome, "o-" + outcome, check.rule().id(), check.message(), standing(claim, check));
    }

    /** "waived", "in the baseline" or "follows from ..." for a finding, when it applies. */
    private String standing(ClaimResult claim, Check check) {
        return claim.findingOf(check)
                .map(f -> f.isWaived() ? "waived: " + f.waiver().getReason()
                        : f.baseline() == BaselineStatus.UNCHANGED ? "in the baseline"
                        : result.causeOf(f) != null ? "follows from " + result.causeOf(f).claimId() + " "
                        + result.causeOf(f).rule().id() : null)
                .orElse(null);
    }
}
