package dev.claimcheck.coverage;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Office;
import dev.claimcheck.model.UnclaimedPassage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much of what an article states its claims cover: a mention is covered when it lies inside an
 * occurrence of some claim's quote, or of a passage marked unclaimed, in the article's text.
 */
public record ArticleCoverage(Article article, List<Mention> mentions, List<Mention> uncovered) {
    public static ArticleCoverage of(Article article, List<Claim> claims, List<Office> offices) {
        String text = article.getText();
        List<String> passages = Stream.concat(
                claims.stream().filter(c -> article.getSlug().equals(c.getArticle())).map(Claim::getQuote),
                article.getUnclaimed().stream().map(UnclaimedPassage::getQuote)).toList();
        List<Mention> mentions = Mentions.in(text, offices);
        List<int[]> spans = occurrences(text, passages);
        List<Mention> uncovered = mentions.stream()
                .filter(m -> spans.stream().noneMatch(span -> m.liesWithin(span[0], span[1]))).toList();
        return new ArticleCoverage(article, mentions, uncovered);
    }

    /** Every occurrence in the text of every passage, as [start, end): found once, not once per mention. */
    private static List<int[]> occurrences(String text, List<String> passages) {
        List<int[]> spans = new ArrayList<>();
        for (String passage : passages) {
            if (passage == null || passage.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                spans.add(new int[] {at, at + passage.length()});
            }
        }
        return spans;
    }

    public int found() {
        return mentions.size();
    }

    public int covered() {
        return mentions.size() - uncovered.size();
    }

    /** Covered mentions per hundred found, rounded down so that only full coverage shows 100; 100 with none found. */
    public BigDecimal percent() {
        return percent(covered(), found());
    }

    /** Whether the coverage is below the given per cent, compared exactly. */
    public boolean isBelow(int minPercent) {
        return (long) covered() * 100 < (long) minPercent * found();
    }

    /** "46/48 mentions covered (95.8%)". */
    public String describe() {
        return describe(covered(), found());
    }

    public static BigDecimal percent(int covered, int found) {
        if (found == 0) {
            return BigDecimal.valueOf(100);
        }
        BigDecimal tenths = BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(found), 1, RoundingMode.DOWN);
        // "100" and "50", not "100.0": a whole per cent shows no tenths.
        return tenths.remainder(BigDecimal.ONE).signum() == 0 ? tenths.setScale(0, RoundingMode.UNNECESSARY) : tenths;
    }

    public static String describe(int covered, int found) {
        return covered + "/" + found + " mentions covered (" + percent(covered, found).toPlainString() + "%)";
    }
}
