package dev.claimcheck.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time words of news writing against an article's publication date. Weeks start on
 * Monday; a weekday names the latest such day on or before the date; "recent years" is the five
 * calendar years before the date's year and that year so far. Unknown words resolve to nothing.
 */
public final class RelativeTime {
    private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late) (\\p{L}+)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int RECENT_YEARS = 5;

    private RelativeTime() {
    }

    /** The days the words cover in an article of the given date: none or one span, for use with DRL {@code from}. */
    public static List<DateSpan> resolve(String words, LocalDate published) {
        return span(normalise(words), published).map(List::of).orElse(List.of());
    }

    private static String normalise(String words) {
        return words.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").replaceFirst("^(in|on|during) ", "");
    }

    private static Optional<DateSpan> span(String words, LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        switch (words) {
            case "today": return Optional.of(new DateSpan(d, d));
            case "yesterday": return Optional.of(new DateSpan(d.minusDays(1), d.minusDays(1)));
            case "this week": return Optional.of(new DateSpan(monday, d));
            case "earlier this week": return monday.isBefore(d)
                    ? Optional.of(new DateSpan(monday, d.minusDays(1))) : Optional.empty();
            case "last week": return Optional.of(new DateSpan(monday.minusWeeks(1), monday.minusDays(1)));
            case "this month": return Optional.of(new DateSpan(d.withDayOfMonth(1), d));
            case "last month": {
                LocalDate first = d.withDayOfMonth(1).minusMonths(1);
                return Optional.of(new DateSpan(first, first.with(TemporalAdjusters.lastDayOfMonth())));
            }
            case "this year": return Optional.of(new DateSpan(d.withDayOfYear(1), d));
            case "last year": return Optional.of(year(d.getYear() - 1));
            case "recent years": return Optional.of(new DateSpan(LocalDate.of(d.getYear() - RECENT_YEARS, 1, 1), d));
            default: return weekday(words, d).or(() -> partOfMonth(words, d)).or(() -> month(words, d))
                    .or(() -> explicitYear(words));
        }
    }

    private static Optional<DateSpan> weekday(String words, LocalDate d) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (words.equals(day.name().toLowerCase(Locale.ROOT))) {
                LocalDate last = d.with(TemporalAdjusters.previousOrSame(day));
                return Optional.of(new DateSpan(last, last));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateSpan> partOfMonth(String words, LocalDate d) {
        Matcher m = PART_OF_MONTH.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        return monthNamed(m.group(2)).map(month -> {
            LocalDate first = latest(month, d);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            return switch (m.group(1)) {
                case "early" -> new DateSpan(first, first.plusDays(9));
                case "mid" -> new DateSpan(first.plusDays(10), first.plusDays(19));
                default -> new DateSpan(first.plusDays(20), last);
            };
        });
    }

    private static Optional<DateSpan> month(String words, LocalDate d) {
        return monthNamed(words).map(month -> {
            LocalDate first = latest(month, d);
            return new DateSpan(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        });
    }

    private static Optional<DateSpan> explicitYear(String words) {
        Matcher m = YEAR.matcher(words);
        return m.matches() ? Optional.of(year(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** The first day of the latest such month that began on or before the date. */
    private static LocalDate latest(Month month, LocalDate d) {
        LocalDate first = LocalDate.of(d.getYear(), month, 1);
        return first.isAfter(d) ? first.minusYears(1) : first;
    }

    private static Optional<Month> monthNamed(String word) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).equals(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static DateSpan year(int year) {
        return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
