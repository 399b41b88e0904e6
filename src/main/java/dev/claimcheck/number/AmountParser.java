package dev.claimcheck.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads amounts in the forms news writers use: "US$295.4 billion", "$16.3bn", "15%", "1.2 trillion yuan". */
final class AmountParser {
    /** Longer than any real figure; refusing early keeps a hostile input from costing time. */
    private static final int MAX_DIGITS = 40;

    private static final Pattern FORM = Pattern.compile(
            "^(?<qualifier>about|some|around|roughly|approximately|nearly|almost|up to|at least|more than|over|less than|under)?\\s*"
                    + "(?<prefix>us\\$|usd|\\$|rmb|cny|¥)?\\s*"
                    + "(?<number>[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*"
                    + "(?<scale>thousand|million|mn|m|billion|bn|b|trillion|tn|trn|k)?\\s*"
                    + "(?<suffix>per ?cent|%|percentage points?|pp|ppts?|yuan|dollars|usd|rmb)?$");

    /** The same forms inside running text: a figure not glued to other digits, letters or a decimal comma. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\w.,$])(?:(?:about|some|around|roughly|approximately|nearly|almost|up to|at least|more than|over"
                    + "|less than|under)\\s+)?(?:us\\$|usd|\\$|rmb|cny|¥)?\\s?[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
                    + "(?:\\.\\d+)?(?!\\d)(?![.,]\\d)(?:\\s?(?:thousand|million|mn|m|billion|bn|b|trillion|tn|trn|k)\\b)?"
                    + "(?:\\s?(?:per ?cent\\b|%|percentage points?\\b|pp\\b|ppts?\\b|yuan\\b|dollars\\b|usd\\b|rmb\\b))?",
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
        Matcher m = FORM.matcher(trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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
        Qualifier qualifier = m.group("qualifier") == null ? Qualifier.EXACT : QUALIFIERS.get(m.group("qualifier"));
        return new Amount(trimmed, qualifier, new BigDecimal(digits), scale, unit);
    }

    /** Every amount written in the text, in order: for checking that a quote states a claimed figure. */
    static List<Amount> findAll(String text) {
        List<Amount> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            try {
                found.add(parse(m.group()));
            } catch (AmountFormatException e) {
                // Not an amount after all, e.g. two units side by side; other figures may still be.
            }
        }
        return found;
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
