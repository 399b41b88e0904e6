package dev.claimcheck.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest known name within a small edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(String typed, Collection<?> known) {
        int allowed = Math.max(1, typed.length() / 3);
        return known.stream()
                .map(String::valueOf)
                .filter(name -> distance(typed.toLowerCase(), name.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt(name -> distance(typed.toLowerCase(), name.toLowerCase())));
    }

    /** "; did you mean 'amount'?" or nothing. */
    static String didYouMean(String typed, Collection<?> known) {
        return closest(typed, known).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
