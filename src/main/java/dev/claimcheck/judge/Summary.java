package dev.claimcheck.judge;

import dev.claimcheck.engine.Severity;
import dev.claimcheck.coverage.ArticleCoverage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of verdicts, of findings by severity, and of drafts (claims not yet reviewed), and the mentions of
 * all articles and those their claims cover.
 */
public record Summary(int claims, Map<Verdict, Integer> verdicts, Map<Severity, Integer> findings, int drafts,
                      int mentions, int covered) {
    static Summary of(List<ClaimResult> results, List<Finding> findings, List<ArticleCoverage> coverage) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, (int) results.stream().filter(r -> r.verdict() == v).count());
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, (int) findings.stream().filter(f -> f.severity() == s).count());
        }
        return new Summary(results.size(), verdicts, bySeverity,
                (int) results.stream().filter(ClaimResult::draft).count(),
                coverage.stream().mapToInt(ArticleCoverage::found).sum(),
                coverage.stream().mapToInt(ArticleCoverage::covered).sum());
    }

    public int verdict(Verdict verdict) {
        return verdicts.get(verdict);
    }

    public int findings(Severity severity) {
        return findings.get(severity);
    }

    /**
     * "24 claims: 12 consistent, 0 inconsistent, 0 undecided, 12 unchecked; findings: 0 errors, 1 warning,
     * 0 info", then "; 3 drafts" when some claims are drafts, then "; coverage: 68/68 mentions covered (100%)"
     * unless the articles mention nothing.
     */
    public String line() {
        return claims + " claims: " + verdict(Verdict.CONSISTENT) + " consistent, "
                + verdict(Verdict.INCONSISTENT) + " inconsistent, " + verdict(Verdict.UNDECIDED) + " undecided, "
                + verdict(Verdict.UNCHECKED) + " unchecked; findings: "
                + plural(findings(Severity.ERROR), "error") + ", " + plural(findings(Severity.WARNING), "warning")
                + ", " + findings(Severity.INFO) + " info" + (drafts == 0 ? "" : "; " + plural(drafts, "draft"))
                + (mentions == 0 ? "" : "; coverage: " + ArticleCoverage.describe(covered, mentions));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
