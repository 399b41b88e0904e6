package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.SeededTries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WholeWords finds what the whole-word pattern, tried at every character, finds. */
class WholeWordsTest {
    private static final List<String> PHRASES = List.of("former", "treasury secretary", "May", "a", "núñez");
    /** The phrases, their parts and look-alikes, and what may stand next to them. */
    private static final List<String> PIECES = List.of("former", "formerly", "Former", "treasury", "secretary",
            "treasury secretary", "May", "mayor", "a", "an", "núñez", "Núñez", "é", "Ⅻ", "²", "½", "𝐀", "7", "_",
            " ", "  ", ",", "-", "'", "\n", ".");

    @Test
    void findsWhatThePatternFinds() {
        int[] found = {0};
        SeededTries.forAll("findsWhatThePatternFinds", SeededTries.seed(), 10_000, List.of("", "a", "𝐀a a²"),
                random -> SeededTries.text(random, PIECES, 11), text -> {
                    for (String phrase : PHRASES) {
                        List<Integer> expected = starts(text, phrase);
                        List<Integer> actual = new ArrayList<>();
                        for (int at = WholeWords.indexOf(text, phrase, 0); at >= 0;
                                at = WholeWords.indexOf(text, phrase, at + phrase.length())) {
                            actual.add(at);
                        }
                        assertEquals(expected, actual, phrase);
                        assertEquals(!expected.isEmpty(), WholeWords.in(text, phrase), phrase);
                        found[0] += expected.size();
                    }
                });
        assertTrue(found[0] > 1000, "the texts hold the phrases as whole words: " + found[0]);
    }

    private static List<Integer> starts(String text, String phrase) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }
}
