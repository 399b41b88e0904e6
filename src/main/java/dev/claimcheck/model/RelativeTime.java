package dev.claimcheck.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Resolves the time words of news writing against an article's publication date. Weeks start on
 * Monday. A weekday names the latest such day on or before the date ("next Monday" the first after
 * it); a month without a year the latest such month begun by the date; a day without a year
 * ("on Jan 20") its occurrence nearest the date, the earlier of two as near, since news reports
 * the recent past and announces the near future. "Recent years" is the five calendar years before
 * the date's year and that year so far; "a year ago" the day one year before the date. Unknown
 * words resolve to nothing, and so do words that need another time to count from ("a year
 * earlier") or that news uses both ways ("last Thursday": the latest Thursday, or the one of last week).
 */
public final class RelativeTime {
    // A month as written, its day (ordinal suffix allowed) and an optional year: "jan. 20, 2025", "20th january".
    private static final String MONTH = "(?<month>\\p{L}+)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String OPTIONAL_YEAR = "(?:,? (?<year>\\d{4}))?";
    private static final List<Pattern> DAYS_OF_MONTH = List.of(
            Pattern.compile(MONTH + " " + DAY + OPTIONAL_YEAR),
            Pattern.compile(DAY + " (?:of )?" + MONTH + OPTIONAL_YEAR));
    private static final Pattern MONTH_OF_YEAR = Pattern.compile(MONTH + ",? (?<year>\\d{4})");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late) (.+)");
    private static final Pattern CALENDAR_UNIT = Pattern.compile("(this|last|next) (week|month|year)");
    private static final Pattern NEXT = Pattern.compile("next (\\p{L}+)");
    private static final Pattern AGO = Pattern.compile("(.+) ago");
    private static final Pattern LENGTH = Pattern.compile("(\\p{L}+|\\d{1,4}) (day|week|month|year)s?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int RECENT_YEARS = 5;

    private RelativeTime() {
    }

    /** The days the words cover in an article of the given date: none or one span, for use with DRL {@code from}. */
    public static List<DateSpan> resolve(String words, LocalDate published) {
        return span(normalise(words), published).map(List::of).orElse(List.of());
    }

    /**
     * A length of time as news writes it ("one week", "7 days", "two weeks", "a month"); empty for words
     * that are not one. Numbers are digits or the words of the vocabulary ("a" and "an" are one).
     */
    static Optional<Period> length(String words) {
        Matcher m = LENGTH.matcher(normalise(words));
        if (!m.matches()) {
            return Optional.empty();
        }
        return count(m.group(1)).map(n -> switch (m.group(2)) {
            case "day" -> Period.ofDays(n);
            case "week" -> Period.ofWeeks(n);
            case "month" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        });
    }

    private static String normalise(String words) {
        return words.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").replaceFirst("^(in|on|during) ", "");
    }

    private static Optional<DateSpan> span(String words, LocalDate d) {
        switch (words) {
            case "today": return Optional.of(day(d));
            case "yesterday": return Optional.of(day(d.minusDays(1)));
            case "tomorrow": return Optional.of(day(d.plusDays(1)));
            case "earlier this week": {
                LocalDate monday = startOf(ChronoUnit.WEEKS, d);
                return monday.isBefore(d) ? Optional.of(new DateSpan(monday, d.minusDays(1))) : Optional.empty();
            }
            case "recent years": return Optional.of(new DateSpan(LocalDate.of(d.getYear() - RECENT_YEARS, 1, 1), d));
            default: return calendarUnit(words, d).or(() -> weekday(words, d)).or(() -> nextWeekday(words, d))
                    .or(() -> ago(words, d)).or(() -> partOfMonth(words, d)).or(() -> month(words, d))
                    .or(() -> dayOfMonth(words, d)).or(() -> explicitYear(words));
        }
    }

    /** "This week" is its Monday to the date; "last" and "next" week, month or year are the whole one before or after. */
    private static Optional<DateSpan> calendarUnit(String words, LocalDate d) {
        Matcher m = CALENDAR_UNIT.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        ChronoUnit unit = ChronoUnit.valueOf(m.group(2).toUpperCase(Locale.ROOT) + "S");
        LocalDate start = startOf(unit, d);
        return Optional.of(switch (m.group(1)) {
            case "this" -> new DateSpan(start, d);
            case "last" -> new DateSpan(start.minus(1, unit), start.minusDays(1));
            default -> new DateSpan(start.plus(1, unit), start.plus(2, unit).minusDays(1));
        });
    }

    private static LocalDate startOf(ChronoUnit unit, LocalDate d) {
        return switch (unit) {
            case WEEKS -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }

    private static Optional<DateSpan> weekday(String words, LocalDate d) {
        return dayNamed(words).map(day -> day(d.with(TemporalAdjusters.previousOrSame(day))));
    }

    /** "Next Friday": the first Friday after the date (on a Tuesday, three days on). */
    private static Optional<DateSpan> nextWeekday(String words, LocalDate d) {
        return matched(NEXT, words).flatMap(m -> dayNamed(m.group(1)))
                .map(day -> day(d.with(TemporalAdjusters.next(day))));
    }

    /** "Two weeks ago", "a year ago": the one day that long before the date. */
    private static Optional<DateSpan> ago(String words, LocalDate d) {
        return matched(AGO, words).flatMap(m -> length(m.group(1))).map(length -> day(d.minus(length)));
    }

    /** "Early", "mid" and "late" are days 1-10, 11-20 and 21 to the end of a month ("late January", "early Dec 2024"). */
    private static Optional<DateSpan> partOfMonth(String words, LocalDate d) {
        return matched(PART_OF_MONTH, words).flatMap(m -> month(m.group(2), d).map(whole -> {
            LocalDate first = whole.start();
            return switch (m.group(1)) {
                case "early" -> new DateSpan(first, first.plusDays(9));
                case "mid" -> new DateSpan(first.plusDays(10), first.plusDays(19));
                default -> new DateSpan(first.plusDays(20), whole.end());
            };
        }));
    }

    /** "December": the latest December begun by the date; "December 2024": that one. */
    private static Optional<DateSpan> month(String words, LocalDate d) {
        Optional<LocalDate> first = monthNamed(words).map(month -> latest(month, d))
                .or(() -> matched(MONTH_OF_YEAR, words).flatMap(m -> monthNamed(m.group("month"))
                        .map(month -> LocalDate.of(Integer.parseInt(m.group("year")), month, 1))));
        return first.map(day -> new DateSpan(day, day.with(TemporalAdjusters.lastDayOfMonth())));
    }

    /** "Jan 20", "20 January", "Jan. 20, 2025": that day of the year given, else the occurrence nearest the date. */
    private static Optional<DateSpan> dayOfMonth(String words, LocalDate d) {
        return DAYS_OF_MONTH.stream().flatMap(pattern -> matched(pattern, words).stream()).findFirst()
                .flatMap(m -> monthNamed(m.group("month")).flatMap(month -> {
                    int day = Integer.parseInt(m.group("day"));
                    return m.group("year") == null ? nearest(month, day, d) : dateOf(Integer.parseInt(m.group("year")), month, day);
                }))
                .map(RelativeTime::day);
    }

    /** Of the day in the year before the date's, its year and the next, the nearest to the date; the earlier on a tie. */
    private static Optional<LocalDate> nearest(Month month, int day, LocalDate d) {
        Function<LocalDate, Long> distance = candidate -> Math.abs(ChronoUnit.DAYS.between(d, candidate));
        return IntStream.rangeClosed(d.getYear() - 1, d.getYear() + 1).boxed()
                .flatMap(year -> dateOf(year, month, day).stream())
                .min(Comparator.comparing(distance).thenComparing(Comparator.naturalOrder()));
    }

    /** The day, when the month has it in that year (Feb 29 only in leap years). */
    private static Optional<LocalDate> dateOf(int year, Month month, int day) {
        return day >= 1 && day <= month.length(Year.isLeap(year)) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    private static Optional<DateSpan> explicitYear(String words) {
        return matched(YEAR, words).map(m -> year(Integer.parseInt(m.group(1))));
    }

    private static Optional<Matcher> matched(Pattern pattern, String words) {
        Matcher m = pattern.matcher(words);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** The first day of the latest such month that began on or before the date. */
    private static LocalDate latest(Month month, LocalDate d) {
        LocalDate first = LocalDate.of(d.getYear(), month, 1);
        return first.isAfter(d) ? first.minusYears(1) : first;
    }

    /** A month by its full name or an abbreviation of the vocabulary ("dec"). */
    private static Optional<Month> monthNamed(String word) {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (name.equals(word) || Vocabulary.words("months", name).contains(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static Optional<DayOfWeek> dayNamed(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (word.equals(day.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** "a", "an", "one" to "twelve", or digits. */
    private static Optional<Integer> count(String word) {
        if (word.equals("a") || word.equals("an")) {
            return Optional.of(1);
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(word));
        }
        return IntStream.rangeClosed(1, 12).filter(n -> word.equals(Vocabulary.numberWord(n))).boxed().findFirst();
    }

    private static DateSpan day(LocalDate day) {
        return new DateSpan(day, day);
    }

    private static DateSpan year(int year) {
        return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
