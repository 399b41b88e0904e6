package dev.claimcheck.report.html;

import dev.claimcheck.coverage.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into runs at every start and end of a claim's quote and of an uncovered
 * mention. Quotes may overlap (several claims rest on one sentence): a run inside several takes the
 * most serious of their verdicts, and each claim's badge follows the run its quote ends with.
 */
final class ArticleMarkup {
    /** Where a claim's quote first stands in the text, with its badge. */
    record Span(int start, int end, Look look, View.Badge badge) {
    }

    private ArticleMarkup() {
    }

    static List<View.Segment> segments(String text, List<Span> quotes, List<Mention> uncovered) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        quotes.forEach(q -> {
            cuts.add(q.start());
            cuts.add(q.end());
        });
        uncovered.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        List<View.Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segments.add(segment(text, from, to, quotes, uncovered));
        }
        return segments;
    }

    private static View.Segment segment(String text, int from, int to, List<Span> quotes, List<Mention> uncovered) {
        List<Span> inside = quotes.stream().filter(q -> q.start() <= from && to <= q.end()).toList();
        Look worst = inside.stream().map(Span::look).reduce(Look::worse).orElse(null);
        List<String> numbers = inside.stream().map(q -> q.badge().number()).toList();
        List<View.Badge> badges = quotes.stream().filter(q -> q.end() == to && q.start() < to).map(Span::badge).toList();
        boolean isUncovered = uncovered.stream().anyMatch(m -> m.start() <= from && to <= m.end());
        return new View.Segment(text.substring(from, to), worst == null ? null : worst.verdictClass(),
                String.join(" ", numbers), isUncovered, badges);
    }
}
