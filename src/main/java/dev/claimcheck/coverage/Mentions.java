package dev.claimcheck.coverage;

import dev.claimcheck.model.Office;
import dev.claimcheck.model.Term;
import dev.claimcheck.model.Vocabulary;
import dev.claimcheck.model.WholeWords;
import dev.claimcheck.number.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    static final Pattern WEEKDAY = whole(WEEKDAYS, "");
    /** "December", "Feb 21", "Feb. 21, 2025", "December 2024": a full stop only after a short form before its day. */
    static final Pattern DATE = whole(monthNames(), "(?:\\.? \\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,? (?:1[89]|20)\\d\\d)?|,? (?:1[89]|20)\\d\\d)?");
    /** The look-ahead names the first letters of the words below (a digit, or a, e, f, l, n, o, s, t). */
    static final Pattern TIME_WORDS = Pattern.compile("(?=[aeflnost\\d])" + NOT_IN_WORD_BEFORE
            + "(?:(?:(?:earlier|later) )?(?:last|this|next) (?:week|month|quarter|year)"
            + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) (?:day|week|month|quarter|year)s?"
            + " (?:ago|before|after|earlier|later))" + NOT_IN_WORD_AFTER, Pattern.CASE_INSENSITIVE);

    private static final List<String> TIME_UNITS = List.of("day", "week", "month", "quarter", "year");
    /** The longest lead of a time phrase before its unit: "earlier this ", "later next ". */
    static final int TIME_WORDS_LEAD = "earlier this ".length();

    private Mentions() {
    }

    /** Every mention in the text, in order of place; offices and persons from the given offices. */
    public static List<Mention> in(String text, List<Office> offices) {
        List<Mention> candidates = new ArrayList<>();
        LineColumns places = new LineColumns(text);
        addAmounts(text, places, candidates);
        for (Pattern time : List.of(WEEKDAY, DATE)) {
            addAll(time, Mention.Kind.TIME, text, places, candidates);
        }
        // Time words and office names ignore case in A-Z alone (as CASE_INSENSITIVE does); persons' names do not.
        String folded = asciiLowerCase(text);
        for (int[] span : timeWords(text, folded)) {
            candidates.add(places.mention(Mention.Kind.TIME, text, span[0], span[1]));
        }
        for (String name : officeNames(offices)) {
            addWhole(asciiLowerCase(name), Mention.Kind.OFFICE, folded, text, places, candidates);
        }
        for (String person : persons(offices)) {
            addWhole(person, Mention.Kind.PERSON, text, text, places, candidates);
        }
        return outermost(candidates);
    }

    /**
     * The spans of {@link #TIME_WORDS} in the text, as {@code find()} gives them, without trying the pattern at
     * every character: each phrase names its unit (day, week, month, quarter, year) at most
     * {@link #TIME_WORDS_LEAD} characters after its start ("earlier this week"), so only the starts that far
     * before each unit word of the folded text are tried.
     */
    static List<int[]> timeWords(String text, String folded) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TIME_WORDS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int[] units = new int[TIME_UNITS.size()];   // where each unit word next occurs, found again only once passed
        java.util.Arrays.fill(units, -2);
        for (int unit = nextUnit(folded, from, units); unit >= 0; unit = nextUnit(folded, from, units)) {
            int next = unit + 1;
            for (int start = Math.max(from, unit - TIME_WORDS_LEAD); start <= unit; start++) {
                if (m.region(start, text.length()).lookingAt()) {
                    spans.add(new int[] {m.start(), m.end()});
                    next = m.end();
                    break;
                }
            }
            from = next;
        }
        return spans;
    }

    /**
     * Where the next unit word (day, week, month, quarter, year) starts in the folded text at or after
     * {@code from}, or -1; {@code units} keeps each word's next place between calls (-1: none left).
     */
    private static int nextUnit(String folded, int from, int[] units) {
        int next = -1;
        for (int w = 0; w < units.length; w++) {
            if (units[w] != -1 && units[w] < from) {
                units[w] = folded.indexOf(TIME_UNITS.get(w), from);
            }
            if (units[w] >= 0 && (next < 0 || units[w] < next)) {
                next = units[w];
            }
        }
        return next;
    }

    /**
     * Every occurrence of a name in {@code searched} (the text, or the text folded as the name is) as whole
     * words; occurrences do not overlap, as a pattern's would not.
     */
    private static void addWhole(String name, Mention.Kind kind, String searched, String text, LineColumns places,
                                 List<Mention> into) {
        for (int at = WholeWords.indexOf(searched, name, 0); at >= 0; at = WholeWords.indexOf(searched, name, at + name.length())) {
            into.add(places.mention(kind, text, at, at + name.length()));
        }
    }

    /**
     * Folds A-Z alone, as {@link Pattern#CASE_INSENSITIVE} without UNICODE_CASE does: a name such a pattern
     * finds in the text is found in the folded text once the name is folded too.
     */
    static String asciiLowerCase(String text) {
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
    private static List<String> monthNames() {
        return Vocabulary.meanings("months").stream()
                .flatMap(month -> java.util.stream.Stream.concat(java.util.stream.Stream.of(month),
                        Vocabulary.words("months", month).stream()))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .toList();
    }

    /**
     * One of the words (letters only) as a whole word, then {@code rest}. The leading look-ahead for the words' first letters
     * changes nothing the pattern finds; it only spares trying the rest at every other character.
     */
    private static Pattern whole(List<String> words, String rest) {
        String firsts = words.stream().map(word -> word.substring(0, 1)).distinct().collect(Collectors.joining());
        return Pattern.compile("(?=[" + firsts + "])" + NOT_IN_WORD_BEFORE + "(?:" + String.join("|", words) + ")" + rest
                + NOT_IN_WORD_AFTER);
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
