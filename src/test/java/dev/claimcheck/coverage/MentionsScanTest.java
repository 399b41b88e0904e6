package dev.claimcheck.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.SeededTries;
import dev.claimcheck.model.Office;
import dev.claimcheck.model.YamlFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mention finder's shortcuts (names found with indexOf, time patterns led by a look-ahead for their
 * first letters) find exactly what the plain patterns tried at every character find.
 */
class MentionsScanTest {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Office OFFICE = office();
    /** Names, their neighbours and look-alikes: other cases, letters and numbers of other scripts, a surrogate pair. */
    private static final List<String> NAME_PIECES = List.of("Treasury Secretary", "TREASURY secretary", "treasury",
            "Secretary", "Secretaryship", "x", "José Núñez", "josé núñez", "JOSÉ NÚÑEZ", "Núñez", "é", "Ⅻ", "²", "½",
            "𝐀", "7", " ", "  ", ",", "-", "_", "'", "\n", ".", "Sec", "sec sec sec", "SEC SEC", "Élan Vital", "élan vital",
            "Élan", "Treasury Secretary Secretary");
    private static final List<String> TIME_PIECES = List.of("Monday", "friday", "FRIDAY", "Fridays", "Sunday",
            "Feb", "Feb.", "February", "Sept", "Sep.", "May", "may", "December", "21", "21st", "3rd", "2024", "1899",
            "2025", ",", ".", " ", "  ", "last", "this", "next", "earlier", "Later", "week", "month", "quarter",
            "year", "years", "two", "Three", "a", "an", "10", "ago", "before", "after", "é", "x", "Ⅻ", "\n",
            "last year", "Two weeks ago", "earlier this month", "10 days before", "a year later", "next quarter");

    private static Office office() {
        Office office = YamlFacts.read(Office.class, """
                id: treasury
                title: Treasury Secretary
                aliases: [Secretary, sec sec, Treasury]
                terms:
                  - {person: José Núñez, start: 2025-01-28, source: s}
                  - {person: Élan Vital, start: 2024-01-28, end: 2025-01-27, source: s}
                """);
        office.linkTerms();
        return office;
    }

    @Test
    void namesAreFoundWhereTheirPatternsWouldFindThem() {
        SeededTries.forAll("namesAreFoundWhereTheirPatternsWouldFindThem", SeededTries.seed(), 5_000, List.of(""),
                random -> SeededTries.text(random, NAME_PIECES, 12), text -> {
                    List<String> expected = new ArrayList<>();
                    for (String name : OFFICE.getNames()) {
                        expected.addAll(found(Pattern.compile(BEFORE + Pattern.quote(name) + AFTER, Pattern.CASE_INSENSITIVE),
                                "office", text));
                    }
                    for (String person : List.of("José Núñez", "Élan Vital")) {
                        expected.addAll(found(Pattern.compile(BEFORE + Pattern.quote(person) + AFTER), "person", text));
                    }
                    List<String> outermost = expected.stream().filter(m -> expected.stream().noneMatch(o -> inside(m, o)))
                            .sorted().toList();
                    List<String> actual = Mentions.in(text, List.of(OFFICE)).stream()
                            .filter(m -> m.kind() == Mention.Kind.OFFICE || m.kind() == Mention.Kind.PERSON)
                            .map(m -> m.kind().word() + " " + m.start() + "-" + m.end()).sorted().toList();
                    assertEquals(outermost, actual);
                });
    }

    @Test
    void eachTimePatternFindsWhatItFindsWithoutItsLookAhead() {
        for (Pattern guarded : List.of(Mentions.WEEKDAY, Mentions.DATE, Mentions.TIME_WORDS)) {
            assertTrue(guarded.pattern().startsWith("(?=["), guarded::pattern);
            Pattern plain = Pattern.compile(guarded.pattern().replaceFirst("^\\(\\?=\\[[^]]*\\]\\)", ""), guarded.flags());
            int[] matches = {0};
            SeededTries.forAll("eachTimePatternFindsWhatItFindsWithoutItsLookAhead " + plain, SeededTries.seed(), 5_000,
                    List.of(""), random -> SeededTries.text(random, TIME_PIECES, 12), text -> {
                        List<String> expected = found(plain, "time", text);
                        assertEquals(expected, found(guarded, "time", text));
                        matches[0] += expected.size();
                    });
            assertTrue(matches[0] > 100, "the texts hold mentions of " + plain);
        }
    }

    @Test
    void timePhrasesAreFoundFromTheirUnitWordsAsThePatternFindsThem() {
        int[] matches = {0};
        SeededTries.forAll("timePhrasesAreFoundFromTheirUnitWordsAsThePatternFindsThem", SeededTries.seed(), 5_000,
                List.of("", "earlier this week", "Monday\r\nthree quarters earlier"),
                random -> SeededTries.text(random, TIME_PIECES, 12), text -> {
                    List<String> expected = found(Mentions.TIME_WORDS, "time", text);
                    List<String> actual = Mentions.timeWords(text, Mentions.asciiLowerCase(text)).stream()
                            .map(span -> "time " + span[0] + "-" + span[1]).toList();
                    assertEquals(expected, actual);
                    matches[0] += expected.size();
                });
        assertTrue(matches[0] > 100, "the texts hold time phrases");
    }

    private static List<String> found(Pattern pattern, String kind, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(kind + " " + m.start() + "-" + m.end());
        }
        return found;
    }

    /** Whether mention {@code m} lies within another, longer one (as Mentions keeps only the outermost). */
    private static boolean inside(String m, String other) {
        int[] a = span(m);
        int[] b = span(other);
        return !m.equals(other) && b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
    }

    private static int[] span(String mention) {
        String[] range = mention.substring(mention.indexOf(' ') + 1).split("-");
        return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
    }
}
