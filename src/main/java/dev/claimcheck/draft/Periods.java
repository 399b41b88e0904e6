package dev.claimcheck.draft;

import dev.claimcheck.model.Period;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods and dates a sentence names, resolved against the article's date: "in 2024", "2023",
 * "last year", "December" (the last December on or before the article), "Dec 31".
 */
final class Periods {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$])(?:19|20)\\d{2}(?![\\d]|[.,]\\d|\\s*(?:per cent|billion|trillion|million|yuan))");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b");
    private final LocalDate published;
    private final Pattern month;
    private final Pattern day;
    private final Map<String, Month> monthsByWord = new java.util.HashMap<>();

    /** A period named in a sentence, at offsets within it. */
    record Named(Period period, int at, int end) {
    }

    Periods(LocalDate published) {
        this.published = published;
        List<String> full = new ArrayList<>();
        List<String> all = new ArrayList<>();
        DraftWords.group("months").forEach((name, shorts) -> {
            Month m = Month.valueOf(name.toUpperCase(Locale.ROOT));
            monthsByWord.put(name, m);
            full.add(name);
            all.add(name);
            shorts.forEach(s -> {
                monthsByWord.put(s, m);
                all.add(s);
            });
        });
        month = Pattern.compile("(?i)\\b(" + String.join("|", full) + ")\\b(?!\\s+\\d)");
        day = Pattern.compile("(?i)\\b(" + String.join("|", all) + ")\\.?\\s+(\\d{1,2})\\b(?![,.]?\\d)");
    }

    /** Years, months and "last year" named in the text (not days). */
    List<Named> in(String text) {
        List<Named> found = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            found.add(new Named(Period.year(Integer.parseInt(m.group())), m.start(), m.end()));
        }
        m = LAST_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Named(Period.year(published.getYear() - 1), m.start(), m.end()));
        }
        m = month.matcher(text);
        while (m.find()) {
            Month which = monthsByWord.get(m.group(1).toLowerCase(Locale.ROOT));
            found.add(new Named(Period.month(yearOf(which), which.getValue()), m.start(), m.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Named::at));
        return found;
    }

    /** Days named in the text: "Dec 31", "Feb 21". */
    List<Named> days(String text) {
        List<Named> found = new ArrayList<>();
        Matcher m = day.matcher(text);
        while (m.find()) {
            Month which = monthsByWord.get(m.group(1).toLowerCase(Locale.ROOT));
            int dayOfMonth = Integer.parseInt(m.group(2));
            if (dayOfMonth >= 1 && dayOfMonth <= which.maxLength()) {
                found.add(new Named(Period.day(LocalDate.of(yearOf(which), which, dayOfMonth)), m.start(), m.end()));
            }
        }
        return found;
    }

    /** A month named without a year is the last such month on or before the article's. */
    int yearOf(Month month) {
        return month.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }

    Optional<Month> month(String word) {
        return Optional.ofNullable(monthsByWord.get(word.toLowerCase(Locale.ROOT)));
    }

    LocalDate published() {
        return published;
    }
}
