package dev.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.SeededTries;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Amount#findIn} skips ahead to the next digit and leaves out the ratio pattern on texts without a
 * ratio word; what it finds must be exactly what trying both patterns at every character finds.
 */
class AmountScanTest {
    /** Pieces of text around figures: leads, units, ratio words, glued digits, runs of white space. */
    private static final List<String> PIECES = List.of(
            "about", "Approximately", "up to", "more than", "over", "under", "some", "nearly", "at least",
            "US$", "us$", "USD", "$", "RMB", "cny", "¥", "-", "−", "+",
            "295.4", "16.3", "1,234", "1,234.56", "2024", "12,34", "0.5", "7", "300,000", ".5", "5.", "3,",
            "billion", "bn", "b", "million", "mn", "m", "trillion", "tn", "k", "thousand",
            "per cent", "percent", "%", "percentage points", "pp", "ppts", "yuan", "dollars", "per",
            "half", "a third", "two-thirds", "Three quarters", "double", "Twice", "three times", "2.5 times", "times",
            "A380", "COVID-19", "x2", "the", "in", "deficit", "rose", "fell", "Feb", "21",
            " ", "  ", "\n", "\t", " \n  ", ",", ".", "(", ")", ";", "'", "\"");
    /** Long runs of white space between a qualifier, a prefix and the figure; digits glued to letters. */
    private static final List<String> EDGES = List.of(
            "about" + " ".repeat(200) + "US$ 5 billion, A380 A321 B737 " + "\n".repeat(50)
                    + "nearly\n\n\t 12% and 7" + "9".repeat(30) + " then three times",
            "approximately\t\t\tus$ −1,234.5 bn", "");

    @Test
    void findsWhatAScanOfEveryCharacterFinds() {
        long seed = SeededTries.seed();
        SeededTries.forAll("findsWhatAScanOfEveryCharacterFinds", seed, 20_000, EDGES,
                random -> SeededTries.text(random, PIECES, 14),
                text -> assertEquals(everyCharacter(text), Amount.findIn(text).stream().map(Amount::getText).toList()));
    }

    /** The plain way: both patterns tried at every character, a ratio taking the place of a figure at its start. */
    private static List<String> everyCharacter(String text) {
        TreeMap<Integer, String> found = new TreeMap<>();
        for (Pattern pattern : List.of(AmountParser.IN_TEXT, AmountParser.RATIO_IN_TEXT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                try {
                    found.put(m.start(), AmountParser.parse(m.group()).getText());
                } catch (AmountFormatException e) {
                    // not an amount, as findIn decides too
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
