package dev.claimcheck.report;

import dev.claimcheck.engine.Check;
import dev.claimcheck.model.Claim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report for people: claims grouped by article, each with its verdict and the reasons. */
public final class TextReporter implements Reporter {
    private static final String INDENT = "      ";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        Map<String, List<ClaimResult>> byArticle = result.claims().stream().collect(
                Collectors.groupingBy(r -> r.claim().getArticle(), java.util.LinkedHashMap::new, Collectors.toList()));
        byArticle.forEach((slug, claims) -> {
            writeArticleHeader(w, result, slug, claims);
            int idWidth = claims.stream().mapToInt(c -> c.claim().getId().length()).max().orElse(0);
            claims.forEach(claim -> writeClaim(w, claim, idWidth));
            w.println();
        });
        w.println(result.summary().line());
        w.flush();
    }

    private static void writeArticleHeader(PrintWriter w, VerifyResult result, String slug, List<ClaimResult> claims) {
        String file = claims.get(0).claim().getLocation().file();
        String published = result.article(slug).map(a -> ", published " + a.getPublished()).orElse("");
        w.println(file + " (article " + slug + published + ")");
    }

    private static void writeClaim(PrintWriter w, ClaimResult result, int idWidth) {
        Claim claim = result.claim();
        w.printf("  %-12s %-" + idWidth + "s  line %-4d \"%s\"%n", result.verdict().word(), claim.getId(),
                claim.getLocation().line(), abbreviate(claim.getQuote()));
        for (Check check : result.checks()) {
            String label = check.isFinding() ? check.severity().word() : "pass";
            w.printf("%s%-7s %s: %s%n", INDENT, label, check.rule().id(), check.message());
        }
    }

    private static String abbreviate(String quote) {
        String flat = quote.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
