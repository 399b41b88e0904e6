package dev.claimcheck.draft;

import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Series;
import dev.claimcheck.number.Unit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the reference series an amount is about, by the words of the series' title and id found near
 * the amount (before it, and in its clause after it, weigh most) and by its unit: "exports" with yuan
 * is China's exports in yuan. A series whose unit differs never matches.
 */
final class SeriesMatcher {
    private final List<Candidate> candidates;

    private record Candidate(Series series, Set<String> words, Unit unit, boolean rate) {
    }

    SeriesMatcher(List<Series> series) {
        this.candidates = series.stream().map(s -> new Candidate(s, Tokens.of(s.getTitle() + " " + s.getId()),
                unitOf(s), s.getRate() != null)).toList();
    }

    private static Unit unitOf(Series series) {
        return series.getObservations().stream().map(Observation::getAmount).filter(a -> a != null)
                .map(a -> a.getUnit()).findFirst().orElse(null);
    }

    /**
     * The best series for the words near an amount of the unit, or empty when none shares a word with
     * them. Ties go to the series with fewer title words: the plainer one.
     */
    Optional<Series> match(String near, String sentence, Unit unit, boolean rate) {
        Set<String> nearWords = Tokens.of(near);
        Candidate best = null;
        int bestScore = 0;
        for (Candidate c : candidates) {
            if (c.rate != rate || (!rate && c.unit != unit)) {
                continue;
            }
            int local = Tokens.shared(nearWords, c.words);
            if (local == 0) {
                continue;
            }
            int score = local * 100 - c.words.size();
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Candidate::series);
    }
}
