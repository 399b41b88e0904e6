package dev.claimcheck.report;

import dev.claimcheck.coverage.ArticleCoverage;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.BaselineStatus;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.Summary;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * A short summary in GitHub Flavored Markdown, for a pull request or {@code $GITHUB_STEP_SUMMARY}: a
 * heading, a table of counts, each claim that is not consistent with its one-line reason and a relative
 * link to its line ({@code file#L19}), and with {@code --baseline} the new, unchanged and fixed findings.
 * <p>
 * Text from facts and rules goes through {@link #text}: made one line ({@link OneLine#of}), then every
 * character Markdown or GitHub would act on is backslash-escaped, so it shows as written and can make no
 * link, HTML, table cell or emphasis. Links are built only by {@link #link}, from a percent-encoded path.
 */
public final class MarkdownReporter implements Reporter {
    /** What CommonMark, its GFM tables and strikethrough, GitHub's math ({@code $}) and mentions act on. */
    private static final String ACTIVE = "\\`*_[]<>|~$&@!";

    @Override
    public String name() {
        return "markdown";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        Summary summary = result.summary();
        w.println("## claimcheck: " + summary.claims() + " claims, " + summary.verdict(Verdict.INCONSISTENT)
                + " inconsistent");
        w.println();
        writeCounts(w, result);
        writeClaimsToLookAt(w, result);
        writeFixed(w, result);
        w.flush();
    }

    private static void writeCounts(PrintWriter w, VerifyResult result) {
        Summary summary = result.summary();
        w.println("| | count |");
        w.println("|---|---:|");
        row(w, "claims", summary.claims());
        for (Verdict verdict : Verdict.values()) {
            row(w, verdict.word(), summary.verdict(verdict));
        }
        for (Severity severity : Severity.values()) {
            row(w, severity.word() + " findings", summary.findings(severity));
        }
        row(w, "drafts", summary.drafts());
        if (!result.waived().isEmpty()) {
            row(w, "waived findings", result.waived().size());
        }
        if (result.hasBaseline()) {
            long unchanged = result.findings().stream().filter(f -> f.baseline() == BaselineStatus.UNCHANGED).count();
            row(w, "new since the baseline", result.findings().size() - unchanged);
            row(w, "unchanged, in the baseline", unchanged);
            row(w, "fixed since the baseline", result.fixed().size());
        }
        result.coverage().stream().filter(c -> c.found() > 0).forEach(c -> w.println("| coverage of "
                + text(c.article().getSlug()) + " | " + c.describe() + " |"));
        w.println();
    }

    private static void row(PrintWriter w, String what, long count) {
        w.println("| " + what + " | " + count + " |");
    }

    /** Every claim not consistent: where it is and why, in the order of the claims files. */
    private static void writeClaimsToLookAt(PrintWriter w, VerifyResult result) {
        List<ClaimResult> claims = result.claims().stream().filter(c -> c.verdict() != Verdict.CONSISTENT).toList();
        if (claims.isEmpty()) {
            return;
        }
        w.println("### Claims to look at");
        w.println();
        for (ClaimResult claim : claims) {
            SourceLocation at = claim.claim().getLocation();
            String accepted = claim.acceptedBecause();
            w.println("- **" + claim.verdictWord() + "** " + text(claim.claim().getId()) + " at " + link(at) + ": "
                    + text(reason(result, claim)) + (accepted.isEmpty() ? "" : " (" + text(accepted) + ")"));
        }
        w.println();
    }

    /**
     * The most severe finding, a cause before one that follows from another, as "rule: message" (and
     * what it follows from); else why no rule could decide; else nothing.
     */
    private static String reason(VerifyResult result, ClaimResult claim) {
        return claim.findings().stream()
                .min(Comparator.comparing(Finding::severity).thenComparing(f -> result.causeOf(f) != null))
                .map(f -> f.rule().id() + ": " + f.message() + followsFrom(result.causeOf(f)))
                .or(() -> claim.checks().stream().filter(c -> c.outcome() == Outcome.UNDECIDED).findFirst()
                        .map(c -> c.rule().id() + ": " + c.message()))
                .orElse("no rule checked it");
    }

    private static String followsFrom(Finding cause) {
        return cause == null ? "" : " (follows from " + cause.claimId() + " " + cause.rule().id() + ")";
    }

    private static void writeFixed(PrintWriter w, VerifyResult result) {
        if (result.fixed().isEmpty()) {
            return;
        }
        w.println("### Fixed since the baseline");
        w.println();
        result.fixed().forEach(e -> w.println("- " + text(e.rule()) + " on " + text(e.claim()) + ": " + text(e.message())));
        w.println();
    }

    /** A relative link to the line: the text {@code file:line}, the target {@code file#Lline}. */
    static String link(SourceLocation at) {
        return "[" + text(at.file() + ":" + at.line()) + "](" + relativeUrl(at.file()) + "#L" + at.line() + ")";
    }

    /**
     * The path as a relative URL: every byte but letters, digits and {@code / . _ ~ -} percent-encoded, so
     * that no part of it reads as a scheme ({@code javascript:}), ends the link or leaves Markdown; a path
     * starting with "/" gets a "." first, so that "//host" is not read as another host.
     */
    static String relativeUrl(String path) {
        StringBuilder url = new StringBuilder(path.startsWith("/") ? "." : "");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/._~-".indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return url.toString();
    }

    /** Text from facts or rules, on one line, with a backslash before every character Markdown would act on. */
    static String text(Object value) {
        String line = OneLine.of(value);
        StringBuilder escaped = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (ACTIVE.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
