package dev.claimcheck.report;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.load.FactBase;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a verify run found: each claim's verdict and checks, the findings, and their counts. */
public final class VerifyResult {
    private static final Comparator<Check> BY_SEVERITY_THEN_PLACE = Comparator
            .comparing((Check c) -> c.severity() == null ? Severity.INFO : c.severity())
            .thenComparing(c -> c.claim().getLocation().file())
            .thenComparingInt(c -> c.claim().getLocation().line())
            .thenComparing(c -> c.rule().id());

    private final List<Article> articles;
    private final List<ClaimResult> claims;
    private final List<Check> findings;
    private final List<RuleInfo> rules;
    private final Summary summary;

    public VerifyResult(FactBase facts, List<Check> checks, List<RuleInfo> rules) {
        Map<Claim, List<Check>> byClaim = checks.stream().collect(
                Collectors.groupingBy(Check::claim, LinkedHashMap::new, Collectors.toList()));
        this.articles = List.copyOf(facts.getArticles());
        this.claims = facts.getClaims().stream()
                .map(claim -> result(claim, byClaim.getOrDefault(claim, List.of())))
                .toList();
        this.findings = checks.stream().filter(Check::isFinding).sorted(BY_SEVERITY_THEN_PLACE).toList();
        this.rules = List.copyOf(rules);
        this.summary = Summary.of(claims, findings);
    }

    private static ClaimResult result(Claim claim, List<Check> checks) {
        List<Check> ordered = checks.stream()
                .sorted(Comparator.comparing(Check::outcome).thenComparing(c -> c.rule().id()))
                .toList();
        return new ClaimResult(claim, Verdict.of(ordered), ordered);
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String slug) {
        return articles.stream().filter(a -> a.getSlug().equals(slug)).findFirst();
    }

    public List<ClaimResult> claims() {
        return claims;
    }

    /** Findings (checks that did not pass), most severe first, then by file and line. */
    public List<Check> findings() {
        return findings;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public Summary summary() {
        return summary;
    }

    /** Whether some finding is at least as severe as the threshold; a null threshold never fails. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
