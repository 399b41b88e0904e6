package dev.claimcheck.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a quote states a month or a quarter: by name ("December", "Dec", "Q4", "fourth quarter"), with its
 * year written or, when the quote writes none, the latest such month or quarter begun by the article's
 * date ("December" in an article of 2025-01-13 is December 2024), or by "last month".
 */
final class PeriodMentions {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|2\\d\\d\\d)(?![\\d])");
    private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])[Qq]([1-4])(?![\\d])");

    private PeriodMentions() {
    }

    /** How the quote states the month or quarter, or empty when it does not. */
    static Optional<String> stated(Period period, String quote, LocalDate published) {
        Optional<String> name = period.getGranularity() == Period.Granularity.MONTH
                ? monthName(period.getMonth(), quote) : quarterName(period, quote);
        if (name.isPresent() && (writesYear(quote, period.getYear())
                || !writesAnyYear(quote) && latestBegun(period, published).equals(period))) {
            return Optional.of(period.describe() + " (\"" + name.get() + "\")");
        }
        if (period.getGranularity() == Period.Granularity.MONTH && Vocabulary.has(quote, "last month")
                && RelativeTime.resolve("last month", published).get(0).start().equals(period.getStart())) {
            return Optional.of(period.describe() + " (\"last month\" in an article of " + published + ")");
        }
        return Optional.empty();
    }

    /** The months and quarters the quote names, for a message: "says November, Q3". */
    static List<String> named(String quote) {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            monthName(month, quote).ifPresent(names::add);
        }
        Matcher q = QUARTER.matcher(quote);
        while (q.find()) {
            names.add(q.group());
        }
        return names;
    }

    /** The same month or quarter of the latest year in which it had begun by the date. */
    private static Period latestBegun(Period period, LocalDate published) {
        Period candidate = period.plus((published.getYear() - period.getYear()) * stepsPerYear(period));
        return candidate.begunBy(published) ? candidate : candidate.yearEarlier();
    }

    private static int stepsPerYear(Period period) {
        return period.getGranularity() == Period.Granularity.MONTH ? 12 : 4;
    }

    /** A month's full name or abbreviation, capitalised as a name is ("May", not the verb "may"). */
    private static Optional<String> monthName(Month month, String quote) {
        List<String> names = new ArrayList<>(Vocabulary.words("months", month.name().toLowerCase(Locale.ROOT)));
        names.add(0, month.name().toLowerCase(Locale.ROOT));
        for (String name : names) {
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (WholeWords.in(quote, capitalised)) {
                return Optional.of(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> quarterName(Period period, String quote) {
        int number = (period.getStart().getMonthValue() - 1) / 3 + 1;
        Matcher q = QUARTER.matcher(quote);
        while (q.find()) {
            if (Integer.parseInt(q.group(1)) == number) {
                return Optional.of(q.group());
            }
        }
        return Vocabulary.words("quarters", String.valueOf(number)).stream()
                .filter(words -> Vocabulary.has(quote, words)).findFirst();
    }

    private static boolean writesYear(String quote, int year) {
        Matcher m = YEAR.matcher(quote);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == year) {
                return true;
            }
        }
        return false;
    }

    private static boolean writesAnyYear(String quote) {
        return YEAR.matcher(quote).find();
    }
}
