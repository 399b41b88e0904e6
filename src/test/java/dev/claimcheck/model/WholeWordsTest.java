package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        Random random = new Random(112926);
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n >= 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            for (String phrase : PHRASES) {
                List<Integer> expected = starts(text.toString(), phrase);
                List<Integer> actual = new ArrayList<>();
                for (int at = WholeWords.indexOf(text.toString(), phrase, 0); at >= 0;
                        at = WholeWords.indexOf(text.toString(), phrase, at + phrase.length())) {
                    actual.add(at);
                }
                assertEquals(expected, actual, () -> phrase + " in: " + text);
                assertEquals(!expected.isEmpty(), WholeWords.in(text.toString(), phrase));
                found += expected.size();
            }
        }
        assertTrue(found > 1000, "the texts hold the phrases as whole words");
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
