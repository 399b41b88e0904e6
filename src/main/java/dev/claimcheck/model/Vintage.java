package dev.claimcheck.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a release was published: its day ({@code 2025-02-05}) or, when only the month is known, its
 * month ({@code 2026-02}). Keeps the text as written, for messages, and the day from which the release
 * is in force.
 *
 * @param text the vintage as written
 * @param inForceFrom the release's day; for a month, its last day, since a release known only by its
 *     month may have come out on any of its days, and no article can be held to a release it preceded
 */
public record Vintage(String text, LocalDate inForceFrom) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /** Reads "2025-02-05" or "2026-02"; throws IllegalArgumentException, with a message for a person, otherwise. */
    public static Vintage parse(String text) {
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a vintage: write the release's day (2025-02-05)"
                    + " or, when only its month is known, the month (2026-02)");
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(form.group(1)), Integer.parseInt(form.group(2)));
            LocalDate day = form.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(form.group(3)));
            return new Vintage(text, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + (form.group(3) == null ? "month" : "day")
                    + " in the calendar: " + e.getMessage(), e);
        }
    }

    /** As written: "2025-02-05" or "2026-02". */
    @Override
    public String toString() {
        return text;
    }
}
