package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Publisher;
import dev.claimcheck.model.QuoteReading;
import dev.claimcheck.model.ReferenceCatalog;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.coverage.ArticleCoverage;
import dev.claimcheck.coverage.Mention;
import dev.claimcheck.problem.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a verify run found: each claim's verdict and checks, the findings with their standing against
 * a baseline and the waivers, and their counts. Every report format renders this one object.
 */
public final class VerifyResult {
    private static final Comparator<Finding> BY_SEVERITY_THEN_PLACE = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(f -> f.rule().id());

    private final List<Article> articles;
    private final List<ClaimResult> claims;
    private final List<Finding> findings;
    private final List<Finding> waived;
    private final List<Baseline.Entry> fixed;
    private final List<RuleInfo> rules;
    private final Summary summary;
    private final boolean hasBaseline;
    private final Causes causes;
    private final List<ArticleCoverage> coverage;
    private final List<Series> series;
    private final LocalDate today;
    private final Publisher publisher;

    /**
     * How findings are judged: against an optional baseline, with waivers expiring on a given day; that
     * day is also the date of the run's reviews, published by the publisher of facts/publisher.yaml with
     * what the command line overrides.
     */
    public record Judgement(Baseline baseline, LocalDate today, Publisher.Given publisher) {
        public Judgement(Baseline baseline, LocalDate today) {
            this(baseline, today, Publisher.Given.NONE);
        }

        public static Judgement plain() {
            return new Judgement(null, LocalDate.now());
        }
    }

    public VerifyResult(FactBase facts, List<Check> ruleChecks, List<RuleInfo> rules, Judgement judgement) {
        List<Check> checks = new ArrayList<>(ruleChecks);
        checks.addAll(UncheckedClaims.checks(facts.getClaims(), ruleChecks, rules));
        List<Finding> all = new ArrayList<>(checks.stream().filter(Check::isFinding).map(VerifyResult::finding)
                .map(f -> waive(f, facts.getWaivers(), judgement.today())).toList());
        all.addAll(waiverFindings(facts.getWaivers(), all, judgement.today()));
        // Each article's own claims (offering every claim to every article was quadratic), articles on all cores.
        Map<String, List<Claim>> claimsByArticle = facts.getClaims().stream().collect(Collectors.groupingBy(Claim::getArticle));
        this.coverage = facts.getArticles().parallelStream().map(a -> ArticleCoverage.of(a,
                claimsByArticle.getOrDefault(a.getSlug(), List.of()), facts.getOffices())).toList();
        coverage.forEach(c -> all.addAll(uncoveredFindings(c)));
        Baseline baseline = judgement.baseline();
        this.hasBaseline = baseline != null;
        List<Finding> judged = all.stream()
                .map(f -> baseline != null && baseline.contains(f.fingerprint()) ? f.withBaseline(BaselineStatus.UNCHANGED) : f)
                .sorted(BY_SEVERITY_THEN_PLACE)
                .toList();
        Set<String> current = judged.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        this.fixed = baseline == null ? List.of()
                : baseline.findings().stream().filter(e -> !current.contains(e.fingerprint())).toList();
        this.causes = new Causes(judged);
        this.findings = judged.stream().filter(f -> !f.isWaived()).sorted(leadsFirst()).toList();
        this.waived = judged.stream().filter(Finding::isWaived).toList();
        this.articles = List.copyOf(facts.getArticles());
        this.series = List.copyOf(facts.getSeries());
        Map<Claim, List<Check>> checksByClaim = checks.stream().collect(
                Collectors.groupingBy(Check::claim, LinkedHashMap::new, Collectors.toList()));
        Map<Claim, List<Finding>> findingsByClaim = judged.stream().filter(f -> f.claim() != null).collect(
                Collectors.groupingBy(Finding::claim, LinkedHashMap::new, Collectors.toList()));
        // Only drafts show how their quotes read; most runs have none and need no catalog.
        ReferenceCatalog catalog = facts.getClaims().stream().anyMatch(Claim::isDraft) ? new ReferenceCatalog(facts) : null;
        this.claims = facts.getClaims().stream()
                .map(claim -> result(claim, checksByClaim.getOrDefault(claim, List.of()),
                        findingsByClaim.getOrDefault(claim, List.of()), catalog))
                .toList();
        this.rules = Stream.concat(rules.stream(), BuiltInRules.ALL.stream()).toList();
        this.summary = Summary.of(claims, findings, coverage);
        this.today = judgement.today();
        this.publisher = judgement.publisher().over(facts.getPublisher());
    }

    private static Finding finding(Check check) {
        return new Finding(check.rule(), check.severity(), check.message(), check.location(),
                check.claim(), check.comparison(), Fingerprints.of(check), BaselineStatus.NEW, null);
    }

    private static Finding waive(Finding finding, List<Waiver> waivers, LocalDate today) {
        return waivers.stream()
                .filter(w -> !w.isExpiredOn(today) && matches(w, finding))
                .findFirst()
                .map(finding::withWaiver)
                .orElse(finding);
    }

    private static boolean matches(Waiver waiver, Finding finding) {
        return waiver.getRule().equals(finding.rule().id()) && waiver.getClaim().equals(finding.claimId());
    }

    /** A waiver past its date, or one that accepts nothing, is itself a warning. */
    private static List<Finding> waiverFindings(List<Waiver> waivers, List<Finding> findings, LocalDate today) {
        List<Finding> problems = new ArrayList<>();
        for (Waiver waiver : waivers) {
            if (waiver.isExpiredOn(today)) {
                problems.add(waiverFinding(BuiltInRules.WAIVER_EXPIRED, waiver, "the " + waiver + " expired on "
                        + waiver.getExpires() + "; its finding counts again"));
            } else if (findings.stream().noneMatch(f -> matches(waiver, f))) {
                problems.add(waiverFinding(BuiltInRules.WAIVER_UNUSED, waiver, "the " + waiver
                        + " matches no finding: rule " + waiver.getRule() + " reports nothing on claim " + waiver.getClaim()));
            }
        }
        return problems;
    }

    private static Finding waiverFinding(RuleInfo rule, Waiver waiver, String message) {
        return new Finding(rule, rule.severity(), message, waiver.getLocation(), null, null,
                Fingerprints.of(rule.id(), waiver.getClaim(), waiver.getRule()), BaselineStatus.NEW, null);
    }

    /**
     * A mention no claim covers, as an info finding on article.txt. Its fingerprint is the article, the
     * words and which occurrence of them it is, so it stays put when lines move.
     */
    private static List<Finding> uncoveredFindings(ArticleCoverage coverage) {
        String file = articleFile(coverage.article());
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<Finding> found = new ArrayList<>();
        for (Mention mention : coverage.uncovered()) {
            int occurrence = seen.merge(mention.text(), 1, Integer::sum);
            SourceLocation at = new SourceLocation(file, mention.line(), mention.column());
            RuleInfo rule = BuiltInRules.MENTION_UNCOVERED;
            found.add(new Finding(rule, rule.severity(), "uncovered: '" + mention.text() + "' at " + at, at, null, null,
                    Fingerprints.of(rule.id(), coverage.article().getSlug(), mention.text(), String.valueOf(occurrence)),
                    BaselineStatus.NEW, null));
        }
        return found;
    }

    /** article.txt beside the claims.yaml the article was read from. */
    private static String articleFile(Article article) {
        String claimsFile = article.getLocation() == null ? "" : article.getLocation().file();
        int slash = Math.max(claimsFile.lastIndexOf('/'), claimsFile.lastIndexOf('\\'));
        return claimsFile.substring(0, slash + 1) + "article.txt";
    }

    private static ClaimResult result(Claim claim, List<Check> checks, List<Finding> findings,
                                      ReferenceCatalog catalog) {
        List<Check> ordered = checks.stream()
                .sorted(Comparator.comparing(Check::outcome).thenComparing(c -> c.rule().id()))
                .toList();
        List<QuoteReading> fromQuote = !claim.isDraft() ? List.of() : claim.getQuotedValues().stream()
                .flatMap(value -> QuoteReading.of(value, claim, catalog).stream()).toList();
        return new ClaimResult(claim, Verdict.of(ordered), ordered, findings, fromQuote);
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String slug) {
        return articles.stream().filter(a -> a.getSlug().equals(slug)).findFirst();
    }

    /** The reference series, with their observations by vintage: what the html report draws. */
    public List<Series> series() {
        return series;
    }

    public List<ClaimResult> claims() {
        return claims;
    }

    /** The day of the run: waivers expire against it, and reviews are dated by it. */
    public LocalDate today() {
        return today;
    }

    /** Who publishes the reviews: facts/publisher.yaml with the command line's names over it; empty when neither names one. */
    public Optional<Publisher> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** Findings not waived, most severe first, then by file and line. */
    public List<Finding> findings() {
        return findings;
    }

    /** Findings a waiver accepts, listed apart. */
    public List<Finding> waived() {
        return waived;
    }

    /** Every finding, waived or not: what a baseline records. */
    public List<Finding> allFindings() {
        return Stream.concat(findings.stream(), waived.stream()).sorted(BY_SEVERITY_THEN_PLACE).toList();
    }

    /** Baseline entries no longer found. */
    public List<Baseline.Entry> fixed() {
        return fixed;
    }

    public boolean hasBaseline() {
        return hasBaseline;
    }

    /** Every rule: the DRL rules and claimcheck's built-in checks. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Per article, the mentions its claims and unclaimed passages cover. */
    public List<ArticleCoverage> coverage() {
        return coverage;
    }

    /** The findings, not waived, that name the article's uncovered mentions. */
    public List<Finding> uncoveredIn(ArticleCoverage articleCoverage) {
        String file = articleFile(articleCoverage.article());
        return findings.stream().filter(f -> f.isUncoveredMention() && f.location().file().equals(file)).toList();
    }

    /** The articles whose coverage is below the per cent; none for 0. */
    public List<ArticleCoverage> coverageBelow(int minPercent) {
        return coverage.stream().filter(c -> c.isBelow(minPercent)).toList();
    }

    public Summary summary() {
        return summary;
    }

    /**
     * The error this finding follows from: the disagreement with its quote of the value it computed
     * with, or another claim's error whose value it used; null for a finding that is a cause itself.
     */
    public Finding causeOf(Finding finding) {
        return causes.of(finding);
    }

    /** Errors that follow from no other: what a reader should fix first. */
    public List<Finding> causes() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR && causes.of(f) == null).toList();
    }

    /** Within a severity, causes before the errors that follow from them. */
    private Comparator<Finding> leadsFirst() {
        return Comparator.comparing(Finding::severity).thenComparing(f -> causes.of(f) != null)
                .thenComparing(BY_SEVERITY_THEN_PLACE);
    }

    /**
     * Whether some claim is unchecked and nothing accepted that: none of its findings (the warnings that
     * say why) is waived or in the baseline.
     */
    public boolean hasUncheckedClaimThatGates() {
        return claims.stream().anyMatch(c -> c.verdict() == Verdict.UNCHECKED
                && c.findings().stream().allMatch(Finding::gates));
    }

    /** The claims proposed by a machine and not yet reviewed. */
    public List<ClaimResult> drafts() {
        return claims.stream().filter(ClaimResult::draft).toList();
    }

    /** Whether a gating finding (new, not waived) is at least as severe as the threshold; null never fails. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.gates() && f.severity().atLeast(threshold));
    }
}
