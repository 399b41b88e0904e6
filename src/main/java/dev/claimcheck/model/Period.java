package dev.claimcheck.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a statistic covers: a year "2024", a quarter "2024-Q4", a month "2024-12" or a day
 * "2024-12-31". Periods of one granularity are ordered and step one at a time; rules compare a claim's
 * period with reference data's by equality, so a month never matches the year it belongs to.
 */
public final class Period implements Comparable<Period> {
    /** How long a period is, from the longest to the shortest. */
    public enum Granularity {
        YEAR(12), QUARTER(3), MONTH(1), DAY(0);

        private final int months;

        Granularity(int months) {
            this.months = months;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "(?<year>\\d{4})(?:-(?:[Qq](?<quarter>[1-4])|(?<month>\\d{2})(?:-(?<day>\\d{2}))?))?");
    /** The forms, for error messages and the schema. */
    public static final String FORMS = "a year 2024, a quarter 2024-Q4, a month 2024-12 or a day 2024-12-31";

    private final Granularity granularity;
    private final LocalDate start;

    private Period(Granularity granularity, LocalDate start) {
        this.granularity = granularity;
        this.start = start;
    }

    public static Period year(int year) {
        return new Period(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Granularity.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    public static Period month(int year, int month) {
        return new Period(Granularity.MONTH, LocalDate.of(year, month, 1));
    }

    public static Period day(LocalDate day) {
        return new Period(Granularity.DAY, day);
    }

    /** Reads one of the written forms; empty when the text is none of them or names no real date. */
    public static Optional<Period> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("year"));
        try {
            if (m.group("quarter") != null) {
                return Optional.of(quarter(year, Integer.parseInt(m.group("quarter"))));
            }
            if (m.group("day") != null) {
                return Optional.of(day(LocalDate.of(year, Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")))));
            }
            if (m.group("month") != null) {
                return Optional.of(month(year, Integer.parseInt(m.group("month"))));
            }
            return Optional.of(year(year));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public Granularity getGranularity() {
        return granularity;
    }

    /** The first day of the period. */
    public LocalDate getStart() {
        return start;
    }

    /** The last day of the period. */
    public LocalDate getEnd() {
        return granularity == Granularity.DAY ? start : start.plusMonths(granularity.months).minusDays(1);
    }

    /** The calendar year the period lies in. */
    public int getYear() {
        return start.getYear();
    }

    /** The month of a month or day period, else null. */
    public Month getMonth() {
        return granularity == Granularity.MONTH || granularity == Granularity.DAY ? start.getMonth() : null;
    }

    /** The year the period belongs to, as a period: 2024 for 2024-12. */
    public Period getYearPeriod() {
        return year(getYear());
    }

    /** The period just before, of the same granularity: 2024-11 for 2024-12, 2023 for 2024. */
    public Period previous() {
        return plus(-1);
    }

    /** The period just after, of the same granularity. */
    public Period next() {
        return plus(1);
    }

    /** The same period a year earlier: 2023-12 for 2024-12, 2023-Q4 for 2024-Q4. */
    public Period yearEarlier() {
        return new Period(granularity, start.minusYears(1));
    }

    /** So many periods later (earlier when negative), of the same granularity. */
    public Period plus(long steps) {
        return new Period(granularity, granularity == Granularity.DAY
                ? start.plusDays(steps) : start.plusMonths(steps * granularity.months));
    }

    /** Whether the period had ended by the end of the given day: 2024-12 has ended by 2025-01-01, not by 2024-12-31's start. */
    public boolean endedBy(LocalDate date) {
        return getEnd().isBefore(date);
    }

    /** Whether the period had begun by the given day. */
    public boolean begunBy(LocalDate date) {
        return !start.isAfter(date);
    }

    /** The number of periods from this one to another of the same granularity (negative when it is earlier). */
    public long stepsTo(Period other) {
        requireSameGranularity(other);
        return granularity == Granularity.DAY ? ChronoUnit.DAYS.between(start, other.start)
                : ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(other.start)) / granularity.months;
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Period other) {
        return compareTo(other) > 0;
    }

    /** Orders periods of one granularity; periods of different granularities are ordered by start, then length. */
    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
    }

    /** How people read it: "2024", "Q4 2024", "December 2024", "2024-12-31". */
    public String describe() {
        return switch (granularity) {
            case YEAR -> String.valueOf(getYear());
            case QUARTER -> "Q" + quarterNumber() + " " + getYear();
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + getYear();
            case DAY -> start.toString();
        };
    }

    private int quarterNumber() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    private void requireSameGranularity(Period other) {
        if (granularity != other.granularity) {
            throw new IllegalArgumentException("cannot count " + granularity.word() + "s to a " + other.granularity.word());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period other && granularity == other.granularity && start.equals(other.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, start);
    }

    /** The written form: "2024", "2024-Q4", "2024-12", "2024-12-31". */
    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> String.valueOf(getYear());
            case QUARTER -> getYear() + "-Q" + quarterNumber();
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }
}
