package dev.claimcheck.coverage;

import dev.claimcheck.model.Office;
import dev.claimcheck.model.Term;
import dev.claimcheck.model.Vocabulary;
import dev.claimcheck.number.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the mentions of a text: amounts (as {@link Amount#findIn} reads them), years, dates, weekdays
 * and time words, and the offices and persons of reference data. A mention inside a longer one is part
 * of it ("13" in "Jan 13"), but a year after an amount is its own ("2024" in "US$3.58 trillion in 2024").
 */
public final class Mentions {
    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern WEEKDAY = whole("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");
    /** "December", "Feb 21", "Feb. 21, 2025", "December 2024": a full stop only after a short form before its day. */
    private static final Pattern DATE = whole("(?:" + monthNames() + ")(?:\\.? \\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,? (?:1[89]|20)\\d\\d)?|,? (?:1[89]|20)\\d\\d)?");
    private static final Pattern TIME_WORDS = Pattern.compile(NOT_IN_WORD_BEFORE
            + "(?:(?:(?:earlier|later) )?(?:last|this|next) (?:week|month|quarter|year)"
            + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) (?:day|week|month|quarter|year)s?"
            + " (?:ago|before|after|earlier|later))" + NOT_IN_WORD_AFTER, Pattern.CASE_INSENSITIVE);

    /** Compiled once per name for the whole run: an article's mentions were most of a large run's judging. */
    private static final Map<String, Pattern> OFFICE_PATTERNS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PERSON_PATTERNS = new ConcurrentHashMap<>();

    private Mentions() {
    }

    /** Every mention in the text, in order of place; offices and persons from the given offices. */
    public static List<Mention> in(String text, List<Office> offices) {
        List<Mention> candidates = new ArrayList<>();
        LineColumns places = new LineColumns(text);
        addAmounts(text, places, candidates);
        for (Pattern time : List.of(WEEKDAY, DATE, TIME_WORDS)) {
            addAll(time, Mention.Kind.TIME, text, places, candidates);
        }
        // A name's pattern runs only on a text that holds the name: most articles name few of the offices.
        String folded = asciiLowerCase(text);
        for (String name : officeNames(offices)) {
            if (folded.contains(asciiLowerCase(name))) {
                addAll(OFFICE_PATTERNS.computeIfAbsent(name, n -> Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(n)
                        + NOT_IN_WORD_AFTER, Pattern.CASE_INSENSITIVE)), Mention.Kind.OFFICE, text, places, candidates);
            }
        }
        for (String person : persons(offices)) {
            if (text.contains(person)) {
                addAll(PERSON_PATTERNS.computeIfAbsent(person, p -> whole(Pattern.quote(p))), Mention.Kind.PERSON, text,
                        places, candidates);
            }
        }
        return outermost(candidates);
    }

    /**
     * Folds A-Z alone, as {@link Pattern#CASE_INSENSITIVE} without UNICODE_CASE does: a text its pattern
     * matches holds the name once both are folded, so the test skips only texts it would find nothing in.
     */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Amount.findIn gives amounts in order of place: each is found again from where the last one began. */
    private static void addAmounts(String text, LineColumns places, List<Mention> into) {
        int from = 0;
        for (Amount amount : Amount.findIn(text)) {
            int start = text.indexOf(amount.getText(), from);
            if (start < 0) {
                continue;
            }
            Mention.Kind kind = YEAR.matcher(amount.getText()).matches() ? Mention.Kind.TIME : Mention.Kind.NUMBER;
            into.add(places.mention(kind, text, start, start + amount.getText().length()));
            from = start;
        }
    }

    private static void addAll(Pattern pattern, Mention.Kind kind, String text, LineColumns places, List<Mention> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(places.mention(kind, text, m.start(), m.end()));
        }
    }

    /** The mentions not inside another: of two at the same place, the longer; of the same span, the first kind. */
    private static List<Mention> outermost(List<Mention> candidates) {
        List<Mention> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : ordered) {
            if (kept.stream().noneMatch(outer -> mention.liesWithin(outer.start(), outer.end()))) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static Set<String> officeNames(List<Office> offices) {
        return offices.stream().flatMap(o -> o.getNames().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> persons(List<Office> offices) {
        return offices.stream().flatMap(o -> o.getTerms().stream()).map(Term::getPerson)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Month names as English writes them, capitalised ("May" the month, not "may" the verb), with their short forms. */
    private static String monthNames() {
        return Vocabulary.meanings("months").stream()
                .flatMap(month -> java.util.stream.Stream.concat(java.util.stream.Stream.of(month),
                        Vocabulary.words("months", month).stream()))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .collect(Collectors.joining("|"));
    }

    private static Pattern whole(String regex) {
        return Pattern.compile(NOT_IN_WORD_BEFORE + regex + NOT_IN_WORD_AFTER);
    }

    /** Line and column of each offset of one text. */
    private static final class LineColumns {
        private final int[] lineStarts;

        LineColumns(String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Mention mention(Mention.Kind kind, String text, int start, int end) {
            int index = java.util.Arrays.binarySearch(lineStarts, start);
            int line = index >= 0 ? index : -index - 2;
            return new Mention(kind, text.substring(start, end), start, end, line + 1, start - lineStarts[line] + 1);
        }
    }
}
