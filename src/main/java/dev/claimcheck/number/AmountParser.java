package dev.claimcheck.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts in the forms news writers use: "US$295.4 billion", "$16.3bn", "15%", "1.2 trillion yuan";
 * and ratios in words, read as exact counts: fractions ("a third", "more than half", "two-thirds") and
 * multiples ("double", "nearly three times", "2.5 times").
 */
final class AmountParser {
    /** Longer than any real figure; refusing early keeps a hostile input from costing time. */
    private static final int MAX_DIGITS = 40;

    /** Runs of white space, compiled once: String.replaceAll compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FORM = Pattern.compile(
            "^(?<qualifier>about|some|around|roughly|approximately|nearly|almost|up to|at least|more than|over|less than|under)?\\s*"
                    + "(?<prefix>us\\$|usd|\\$|rmb|cny|¥)?\\s*"
                    + "(?<number>[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*"
                    + "(?<scale>thousand|million|mn|m|billion|bn|b|trillion|tn|trn|k)?\\s*"
                    + "(?<suffix>per ?cent|%|percentage points?|pp|ppts?|yuan|dollars|usd|rmb)?$");

    /** The same forms inside running text: a figure not glued to other digits, letters or a decimal comma. */
    static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\w.,$])(?:(?:about|some|around|roughly|approximately|nearly|almost|up to|at least|more than|over"
                    + "|less than|under)\\s+)?(?:us\\$|usd|\\$|rmb|cny|¥)?\\s?[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
                    + "(?:\\.\\d+)?(?!\\d)(?![.,]\\d)(?:\\s?(?:thousand|million|mn|m|billion|bn|b|trillion|tn|trn|k)\\b)?"
                    // "7.1884 yuan per dollar" is a rate, a plain number: its currency word is not its unit.
                    + "(?:\\s?(?:per ?cent\\b|%|percentage points?\\b|pp\\b|ppts?\\b|(?:yuan|dollars|usd|rmb)\\b(?!\\s+per\\b)))?",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("about", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
            Map.entry("around", Qualifier.ABOUT), Map.entry("roughly", Qualifier.ABOUT),
            Map.entry("approximately", Qualifier.ABOUT), Map.entry("nearly", Qualifier.ABOUT),
            Map.entry("almost", Qualifier.ABOUT), Map.entry("up to", Qualifier.UP_TO),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("over", Qualifier.MORE_THAN), Map.entry("less than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN));

    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("thousand", Scale.THOUSAND), Map.entry("k", Scale.THOUSAND),
            Map.entry("million", Scale.MILLION), Map.entry("mn", Scale.MILLION), Map.entry("m", Scale.MILLION),
            Map.entry("billion", Scale.BILLION), Map.entry("bn", Scale.BILLION), Map.entry("b", Scale.BILLION),
            Map.entry("trillion", Scale.TRILLION), Map.entry("tn", Scale.TRILLION), Map.entry("trn", Scale.TRILLION));

    private static final String QUALIFIER_WORDS =
            "about|some|around|roughly|approximately|nearly|almost|up to|at least|more than|over|less than|under";
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("quarter", 4),
            Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Map<String, Integer> MULTIPLES = Map.ofEntries(
            Map.entry("double", 2), Map.entry("doubled", 2), Map.entry("twice", 2), Map.entry("triple", 3),
            Map.entry("tripled", 3), Map.entry("treble", 3), Map.entry("trebled", 3), Map.entry("thrice", 3),
            Map.entry("quadruple", 4), Map.entry("quadrupled", 4));
    private static final String COUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final String FRACTION_WORDS = "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?"
            + "|eighths?|ninths?|tenths?";

    /** "a third", "two-thirds", "half"; a count is needed except before "half" ("the fourth quarter" is no fraction). */
    private static final String FRACTION = "(?:(?<count>" + COUNT_WORDS + ")[\\s-]+(?<denominator>" + FRACTION_WORDS
            + ")|(?<half>half))";
    /** "double", "twice", "three times", "2.5 times". */
    private static final String MULTIPLE = "(?:(?<multiple>double|doubled|twice|triple|tripled|treble|trebled|thrice"
            + "|quadruple|quadrupled)|(?<times>" + COUNT_WORDS + "|\\d+(?:\\.\\d+)?)\\s+times)";
    private static final Pattern RATIO_FORM = Pattern.compile(
            "^(?:(?<qualifier>" + QUALIFIER_WORDS + ")\\s+)?(?:" + FRACTION + "|" + MULTIPLE + ")$");
    static final Pattern RATIO_IN_TEXT = Pattern.compile(
            "(?<![\\w$.,-])(?:(?:" + QUALIFIER_WORDS + ")\\s+)?(?:" + FRACTION + "|" + MULTIPLE + ")(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    private AmountParser() {
    }

    static Amount parse(String text) {
        if (text == null || text.isBlank()) {
            throw new AmountFormatException(String.valueOf(text), "it is empty");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_DIGITS * 2) {
            throw new AmountFormatException(abbreviate(trimmed), "it is too long to be an amount");
        }
        // Text found in an article is parsed once per figure: each pattern is asked only if it could match.
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String normalised = singleSpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
        if (RatioWords.mayHoldOne(normalised)) {
            Matcher ratio = RATIO_FORM.matcher(normalised);
            if (ratio.matches()) {
                return ratio(trimmed, ratio);
            }
        }
        Matcher m = FORM.matcher(normalised);
        if (!m.matches()) {
            throw new AmountFormatException(trimmed,
                    "expected a form such as \"US$295.4 billion\", \"10 per cent\" or \"up to 15%\"");
        }
        String digits = m.group("number").replace(",", "").replace('−', '-');
        if (digits.length() > MAX_DIGITS) {
            throw new AmountFormatException(abbreviate(trimmed), "more than " + MAX_DIGITS + " digits");
        }
        Unit unit = unit(trimmed, m.group("prefix"), m.group("suffix"));
        Scale scale = m.group("scale") == null ? Scale.ONE : SCALES.get(m.group("scale"));
        return new Amount(trimmed, qualifier(m), new BigDecimal(digits), scale, unit);
    }

    /** Whether the text's white space is single spaces alone, so that collapsing it would change nothing. */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static Qualifier qualifier(Matcher m) {
        return m.group("qualifier") == null ? Qualifier.EXACT : QUALIFIERS.get(m.group("qualifier").toLowerCase(Locale.ROOT));
    }

    /** A fraction or multiple in words: an exact count, as precise as words are (see {@link Amount#WORDS_SHARE}). */
    private static Amount ratio(String text, Matcher m) {
        String times = m.group("times");
        if (times != null && Character.isDigit(times.charAt(0))) {
            // "2.5 times" is as precise as its digits.
            return new Amount(text, qualifier(m), new BigDecimal(times), Scale.ONE, Unit.COUNT);
        }
        int numerator;
        int denominator = 1;
        if (m.group("half") != null) {
            numerator = 1;
            denominator = 2;
        } else if (m.group("denominator") != null) {
            numerator = COUNTS.get(m.group("count").toLowerCase(Locale.ROOT));
            denominator = DENOMINATORS.get(singular(m.group("denominator").toLowerCase(Locale.ROOT)));
        } else if (times != null) {
            numerator = COUNTS.get(times.toLowerCase(Locale.ROOT));
        } else {
            numerator = MULTIPLES.get(m.group("multiple").toLowerCase(Locale.ROOT));
        }
        return Amount.inWords(text, qualifier(m), numerator, denominator);
    }

    private static String singular(String fraction) {
        return fraction.equals("halves") ? "half" : fraction.endsWith("s") ? fraction.substring(0, fraction.length() - 1) : fraction;
    }

    /** Every amount written in the text, in order: for checking that a quote states a claimed figure. */
    static List<Amount> findAll(String text) {
        TreeMap<Integer, Amount> found = new TreeMap<>();
        Matcher figures = IN_TEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; nextFigure(figures, text, from); from = figures.end()) {
            put(found, figures);
        }
        if (RatioWords.mayHoldOne(text)) {
            Matcher ratios = RATIO_IN_TEXT.matcher(text);
            while (ratios.find()) {
                // A ratio in words ("three times") takes the place of a bare figure found at the same start.
                put(found, ratios);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void put(TreeMap<Integer, Amount> found, Matcher m) {
        try {
            found.put(m.start(), parse(m.group()));
        } catch (AmountFormatException e) {
            // Not an amount after all, e.g. two units side by side; other figures may still be.
        }
    }

    /** The longest a figure's lead can be, besides its runs of white space: "approximately", a prefix, a space, a sign. */
    private static final int LEAD = "approximately".length() + "us$".length() + 2;

    /**
     * Finds the next figure at or after {@code from}, as {@code find()} would, without trying the pattern at
     * every character: a figure holds a digit, and only its lead (qualifier, prefix, sign) comes before its
     * first digit, so no figure starts before the next digit less the longest lead. On texts of many
     * paragraphs this is several times faster than scanning all of them.
     */
    private static boolean nextFigure(Matcher m, String text, int from) {
        int digit = from;
        while (digit < text.length() && (text.charAt(digit) < '0' || text.charAt(digit) > '9')) {
            digit++;
        }
        if (digit == text.length()) {
            return false;
        }
        int start = digit;
        for (int run = 0; run < 2; run++) {   // the lead's two parts, each after any white space
            while (start > from && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            start = Math.max(from, start - LEAD);
        }
        return m.region(start, text.length()).find();
    }

    /**
     * Every ratio in words holds one of these words (a fraction's, a multiple's, or "times"): a text without
     * any of them has none, and its ratio pattern, tried at every character, is skipped.
     */
    private static final class RatioWords {
        private static final List<String> WORDS = List.of("half", "halves", "third", "quarter", "fourth", "fifth",
                "sixth", "seventh", "eighth", "ninth", "tenth", "double", "twice", "triple", "treble", "thrice",
                "quadruple", "times");

        static boolean mayHoldOne(String text) {
            // The pattern ignores case in A-Z alone, so folding A-Z alone finds every text it could match.
            String folded = text.toLowerCase(Locale.ROOT);
            return WORDS.stream().anyMatch(folded::contains);
        }
    }

    private static Unit unit(String text, String prefix, String suffix) {
        Unit fromPrefix = prefix == null ? null : switch (prefix) {
            case "us$", "usd", "$" -> Unit.USD;
            default -> Unit.CNY;
        };
        Unit fromSuffix = suffix == null ? null : switch (suffix.replace(" ", "")) {
            case "percent", "%" -> Unit.PERCENT;
            case "yuan", "rmb" -> Unit.CNY;
            case "dollars", "usd" -> Unit.USD;
            default -> Unit.PERCENTAGE_POINT;
        };
        if (fromPrefix != null && fromSuffix != null && fromPrefix != fromSuffix) {
            throw new AmountFormatException(text, "it names two units, " + fromPrefix.label() + " and " + fromSuffix.label());
        }
        return fromPrefix != null ? fromPrefix : fromSuffix != null ? fromSuffix : Unit.COUNT;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
