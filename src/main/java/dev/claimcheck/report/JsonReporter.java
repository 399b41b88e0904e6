package dev.claimcheck.report;

import dev.claimcheck.io.Documents;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.Summary;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.Verdict;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claimcheck.Version;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Article;
import dev.claimcheck.coverage.ArticleCoverage;
import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.Quantity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The machine-readable report: one JSON document, its shape versioned and documented in the README. */
public final class JsonReporter implements Reporter {
    /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
    public static final int FORMAT_VERSION = 1;

    private final Lazy<ObjectMapper> mapper = new Lazy<>(() -> JsonMapper.builder(JsonEscapes.factory())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build());

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        Documents.write(mapper.get(), document(result), out);
    }

    static Document document(VerifyResult result) {
        return new Document(FORMAT_VERSION, new Tool("claimcheck", Version.get()),
                result.articles().stream().map(a -> article(result, a)).toList(),
                result.claims().stream().map(r -> claim(result, r)).toList(),
                result.findings().stream().map(f -> finding(result, f)).toList(),
                result.waived().stream().map(f -> finding(result, f)).toList(),
                result.hasBaseline() ? result.fixed() : null,
                summary(result.summary()));
    }

    private static ArticleJson article(VerifyResult result, Article a) {
        CoverageJson coverage = result.coverage().stream().filter(c -> c.article() == a).findFirst()
                .map(c -> new CoverageJson(c.found(), c.covered(), c.percent())).orElse(null);
        return new ArticleJson(a.getSlug(), a.getTitle(), a.getOutlet(), a.getPublished(), a.getUrl(),
                a.getLocation().file(), coverage);
    }

    private static ClaimJson claim(VerifyResult result, ClaimResult r) {
        Claim c = r.claim();
        return new ClaimJson(c.getId(), c.getKind(), c.getArticle(), c.getQuote(), c.getLocation().file(),
                c.getLocation().line(), c.getLocation().column(), r.verdict().word(), r.draft(),
                r.fromQuote().stream().map(q -> new FilledJson(q.getValue().field(), q.isSupported(), q.filledWith()))
                        .toList(),
                r.findings().stream().map(f -> finding(result, f)).toList(),
                r.checks().stream().map(JsonReporter::check).toList());
    }

    private static CheckJson check(Check check) {
        return new CheckJson(check.rule().id(), check.outcome().word(),
                check.severity() == null ? null : check.severity().word(), check.message(), chain(check.comparison()));
    }

    private static FindingJson finding(VerifyResult result, Finding f) {
        Finding cause = result.causeOf(f);
        WaiverJson waiver = f.waiver() == null ? null : new WaiverJson(f.waiver().getReason(), f.waiver().getOwner(),
                f.waiver().getExpires(), f.waiver().getLocation().toString());
        return new FindingJson(f.rule().id(), f.severity().word(), f.claimId(), f.message(), f.location().file(),
                f.location().line(), f.location().column(), f.fingerprint(), f.baseline().word(), waiver,
                chain(f.comparison()), cause == null ? null : new CauseJson(cause.rule().id(), cause.claimId()));
    }

    private static ChainJson chain(Comparison comparison) {
        if (comparison == null) {
            return null;
        }
        return new ChainJson(quantity(comparison.getLeft()), comparison.getRelation().symbol(),
                quantity(comparison.getRight()), comparison.getOutcome().word());
    }

    private static QuantityJson quantity(Quantity q) {
        return new QuantityJson(q.getExpression(), q.getValueText(), q.getUnit().label(), q.getLow(), q.getHigh(),
                q.getInputs().stream().map(JsonReporter::quantity).toList());
    }

    private static SummaryJson summary(Summary s) {
        return new SummaryJson(s.claims(), s.verdict(Verdict.CONSISTENT), s.verdict(Verdict.INCONSISTENT),
                s.verdict(Verdict.UNDECIDED), s.verdict(Verdict.UNCHECKED), s.findings(Severity.ERROR),
                s.findings(Severity.WARNING), s.findings(Severity.INFO), s.drafts(),
                new CoverageJson(s.mentions(), s.covered(), ArticleCoverage.percent(s.covered(), s.mentions())));
    }

    record Document(int version, Tool tool, List<ArticleJson> articles, List<ClaimJson> claims,
                    List<FindingJson> findings, List<FindingJson> waived, List<Baseline.Entry> fixed,
                    SummaryJson summary) {
    }

    record Tool(String name, String version) {
    }

    record ArticleJson(String slug, String title, String outlet, LocalDate published, String url, String file,
                       CoverageJson coverage) {
    }

    /** Mentions found in article.txt, those a claim's quote or an unclaimed passage covers, and the per cent (rounded down). */
    record CoverageJson(int mentions, int covered, BigDecimal percent) {
    }

    record ClaimJson(String id, String kind, String article, String quote, String file, int line, int column,
                     String verdict, boolean draft, List<FilledJson> fromQuote, List<FindingJson> findings,
                     List<CheckJson> checks) {
    }

    /** For a draft, what filled one field: whether its quote states the value, and in which words. */
    record FilledJson(String field, boolean stated, String words) {
    }

    record CheckJson(String rule, String outcome, String severity, String message, ChainJson chain) {
    }

    record FindingJson(String rule, String severity, String claim, String message, String file, int line,
                       int column, String fingerprint, String baseline, WaiverJson waiver, ChainJson chain,
                       CauseJson followsFrom) {
    }

    /** The error a finding follows from: fix that one first. */
    record CauseJson(String rule, String claim) {
    }

    record WaiverJson(String reason, String owner, LocalDate expires, String at) {
    }

    record ChainJson(QuantityJson left, String relation, QuantityJson right, String outcome) {
    }

    record QuantityJson(String expression, String value, String unit, BigDecimal low, BigDecimal high,
                        List<QuantityJson> inputs) {
    }

    record SummaryJson(int claims, int consistent, int inconsistent, int undecided, int unchecked, int errors,
                       int warnings, int info, int drafts, CoverageJson coverage) {
    }
}
