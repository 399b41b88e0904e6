package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.BaselineStatus;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.engine.Check;
import dev.claimcheck.model.Claim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report for people: claims grouped by article, each with its verdict and the reasons. Every line
 * goes through {@link Lines}, so text from facts and rules shows its control characters as escapes
 * and cannot start or end a line.
 */
public final class TextReporter implements Reporter {
    private static final String INDENT = "      ";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        Lines w = new Lines(new PrintWriter(out));
        Map<String, List<ClaimResult>> byArticle = result.claims().stream().collect(
                Collectors.groupingBy(r -> r.claim().getArticle(), java.util.LinkedHashMap::new, Collectors.toList()));
        byArticle.forEach((slug, claims) -> {
            writeArticleHeader(w, result, slug, claims);
            int idWidth = claims.stream().mapToInt(c -> OneLine.of(c.claim().getId()).length()).max().orElse(0);
            int verdictWidth = claims.stream().mapToInt(c -> c.verdictWord().length()).max().orElse(0);
            claims.forEach(claim -> writeClaim(w, result, claim, Math.max(12, verdictWidth), idWidth));
            writeCoverage(w, result, slug);
            w.println();
        });
        // An article with no claims yet has a coverage too: none of its mentions is covered.
        result.coverage().stream().filter(c -> !byArticle.containsKey(c.article().getSlug())).forEach(c -> {
            w.println(c.article().getLocation().file() + " (article " + c.article().getSlug() + ", no claims)");
            writeCoverage(w, result, c.article().getSlug());
            w.println();
        });
        writeApart(w, result);
        writeCauses(w, result);
        w.println(result.summary().line());
        w.flush();
    }

    /** The article's coverage figure, then each mention no claim covers; nothing for an article that mentions nothing. */
    private static void writeCoverage(Lines w, VerifyResult result, String slug) {
        result.coverage().stream().filter(c -> c.article().getSlug().equals(slug) && c.found() > 0).findFirst().ifPresent(c -> {
            w.println("  coverage: " + c.describe());
            result.uncoveredIn(c).forEach(f -> w.printf("%s%-7s %s: %s", INDENT, f.severity().word(), f.rule().id(), f.message()));
        });
    }

    /** When errors follow from others, the ones to fix first. */
    private static void writeCauses(Lines w, VerifyResult result) {
        long following = result.findings().stream().filter(f -> result.causeOf(f) != null).count();
        if (following == 0) {
            return;
        }
        List<Finding> causes = result.causes();
        w.printf("Fix first: %d error%s, which %d other%s follow%s from:", causes.size(), causes.size() == 1 ? "" : "s",
                following, following == 1 ? "" : "s", following == 1 ? "s" : "");
        causes.forEach(f -> w.printf("  %s: %s %s: %s", f.location(), f.claimId(), f.rule().id(), f.message()));
        w.println();
    }

    /** Waived findings, problems with waivers, and baseline entries now fixed. */
    private static void writeApart(Lines w, VerifyResult result) {
        List<Finding> aboutWaivers = result.findings().stream()
                .filter(f -> f.claim() == null && !f.isUncoveredMention()).toList();
        if (!aboutWaivers.isEmpty()) {
            w.println("Waivers:");
            aboutWaivers.forEach(f -> w.printf("  %s: %-7s %s: %s", f.location(), f.severity().word(), f.rule().id(),
                    f.message()));
            w.println();
        }
        if (!result.waived().isEmpty()) {
            w.println("Waived (accepted in facts/waivers.yaml; they do not fail the run):");
            result.waived().forEach(f -> w.printf("  %s: %s on %s, by %s until %s: %s", f.location(), f.rule().id(),
                    f.claimId(), f.waiver().getOwner(), f.waiver().getExpires(), f.waiver().getReason()));
            w.println();
        }
        if (result.hasBaseline()) {
            long unchanged = result.findings().stream().filter(f -> f.baseline() == BaselineStatus.UNCHANGED).count();
            w.printf("Baseline: %d new, %d unchanged, %d fixed", result.findings().size() - unchanged, unchanged,
                    result.fixed().size());
            result.fixed().forEach(e -> w.printf("  fixed   %s on %s: %s", e.rule(), e.claim(), e.message()));
            w.println();
        }
    }

    private static void writeArticleHeader(Lines w, VerifyResult result, String slug, List<ClaimResult> claims) {
        String file = claims.get(0).claim().getLocation().file();
        String published = result.article(slug).map(a -> ", published " + a.getPublished()).orElse("");
        w.println(file + " (article " + slug + published + ")");
    }

    private static void writeClaim(Lines w, VerifyResult verify, ClaimResult result, int verdictWidth, int idWidth) {
        Claim claim = result.claim();
        w.printf("  %-" + verdictWidth + "s %-" + idWidth + "s  line %-4d \"%s\"", result.verdictWord(),
                OneLine.of(claim.getId()), claim.getLocation().line(), abbreviate(claim.getQuote()));
        for (Check check : result.checks()) {
            String label = check.isFinding() ? check.severity().word() : "pass";
            w.printf("%s%-7s %s: %s%s", INDENT, label, check.rule().id(), check.message(), standing(verify, result, check));
        }
        if (!result.fromQuote().isEmpty()) {
            w.printf("%s%-7s fields from the quote: %s", INDENT, "draft", QuoteFields.inline(result));
        }
    }

    /** "[waived]", "[in baseline]" or "[follows from ...]" after a finding, when it applies. */
    private static String standing(VerifyResult verify, ClaimResult result, Check check) {
        return result.findingOf(check)
                .map(f -> f.isWaived() ? "  [waived]" : f.baseline() == BaselineStatus.UNCHANGED ? "  [in baseline]"
                        : verify.causeOf(f) != null ? "  [follows from " + verify.causeOf(f).claimId() + " "
                        + verify.causeOf(f).rule().id() + "]" : "")
                .orElse("");
    }

    /** The quote on one line, its runs of white space as one space, cut at 60 characters. */
    private static String abbreviate(String quote) {
        String flat = OneLine.of(quote.replaceAll("\\s+", " "));
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
