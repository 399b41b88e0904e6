package dev.claimcheck.draft;

import dev.claimcheck.model.Event;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts weekday claims ("on Friday (Feb 21)") and time claims: time words resolved against the
 * article's date ("on Thursday", "earlier this week", "in early February", "last year", "in recent
 * years"), with the event of reference data in that time whose title and actor share most words with
 * the clause and sentence.
 */
final class TimeDrafts {
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern WEEKDAY_DATE = Pattern.compile("\\bon (" + DAYS + ") \\((\\w+)\\.? (\\d{1,2})\\)");
    private static final Pattern TIME_WORDS = Pattern.compile("\\b(?:on (" + DAYS + ")|earlier this week"
            + "|in (early|mid|late)[- ](\\w+)|in recent years|last year(?!'s))\\b");
    private final Periods periods;
    private final List<Event> events;
    /** ", one week before Donald Trump takes office": the gap and the words naming the later event. */
    private final Pattern before = Pattern.compile("^[^.;]*?,\\s*((?:a|an|\\d+|" + String.join("|", DraftWords.numbers())
            + ")\\s+(?:days?|weeks?|months?|years?))\\s+before\\s+([^,.;]+)");

    TimeDrafts(Periods periods, List<Event> events) {
        this.periods = periods;
        this.events = events;
    }

    List<DraftClaim> draft(Sentence sentence) {
        List<DraftClaim> drafts = new ArrayList<>();
        Matcher m = WEEKDAY_DATE.matcher(sentence.text());
        while (m.find()) {
            Optional<Month> month = periods.month(m.group(2));
            if (month.isPresent()) {
                LocalDate date = LocalDate.of(periods.yearOf(month.get()), month.get(), Integer.parseInt(m.group(3)));
                String weekday = m.group(1).toLowerCase(Locale.ROOT);
                drafts.add(new DraftClaim("weekday", sentence.span(m.start(), m.end()))
                        .field("date", date.toString()).field("weekday", weekday).idFrom(weekday, date));
            }
        }
        m = TIME_WORDS.matcher(sentence.text());
        while (m.find()) {
            timeClaim(sentence, m).ifPresent(claim -> {
                drafts.add(claim);
                sequence(sentence, claim).ifPresent(drafts::add);
            });
        }
        return drafts;
    }

    private Optional<DraftClaim> timeClaim(Sentence sentence, Matcher m) {
        LocalDate published = periods.published();
        LocalDate start;
        LocalDate end;
        String words = m.group();
        if (m.group(1) != null) {
            start = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
            end = start;
        } else if (words.startsWith("earlier")) {
            start = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            end = published.minusDays(1);
        } else if (m.group(2) != null) {
            Optional<Month> month = periods.month(m.group(3));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            LocalDate first = LocalDate.of(periods.yearOf(month.get()), month.get(), 1);
            int part = List.of("early", "mid", "late").indexOf(m.group(2));
            start = first.plusDays(10L * part);
            end = part == 2 ? first.with(TemporalAdjusters.lastDayOfMonth()) : first.plusDays(10L * part + 9);
        } else if (words.equals("last year")) {
            start = LocalDate.of(published.getYear() - 1, 1, 1);
            end = LocalDate.of(published.getYear() - 1, 12, 31);
        } else {
            start = LocalDate.of(published.getYear() - 5, 1, 1);
            end = published;
        }
        // Time words name a time only through what happened then: without such an event there is no claim.
        return eventIn(sentence, m.end(), start, end).map(event -> new DraftClaim("time", sentence.span(m.start(), m.end()))
                .field("expression", words).field("start", start.toString()).field("end", end.toString())
                .field("event", event.getId()).idFrom(event.getId(), words));
    }

    /**
     * "released on Monday (Jan 13), one week before Donald Trump takes office": the event of the time
     * words came that long before the one event, later than it, whose title shares most words (two at
     * least) with the words after "before".
     */
    private Optional<DraftClaim> sequence(Sentence sentence, DraftClaim time) {
        String earlierId = (String) time.fields().get("event");
        int wordsEnd = time.quote().end() - sentence.start();
        Matcher m = before.matcher(sentence.text().substring(wordsEnd));
        Event earlier = events.stream().filter(e -> e.getId().equals(earlierId)).findFirst().orElse(null);
        if (!m.find() || earlier == null) {
            return Optional.empty();
        }
        Set<String> words = Tokens.distinctive(m.group(2));
        List<Event> later = events.stream().filter(e -> e.getDate() != null && e.getDate().isAfter(earlier.getDate())).toList();
        int best = later.stream().mapToInt(e -> Tokens.shared(words, Tokens.distinctive(e.getTitle()))).max().orElse(0);
        List<Event> named = later.stream().filter(e -> Tokens.shared(words, Tokens.distinctive(e.getTitle())) == best).toList();
        if (best < 2 || named.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new DraftClaim("sequence", new Span(time.quote().start(), sentence.start() + wordsEnd + m.end()))
                .field("earlier", earlierId).field("later", named.get(0).getId()).field("gap", m.group(1))
                .idFrom(earlierId, "before", named.get(0).getId()));
    }

    /**
     * The event in the time whose title and actor share most words with the clause of the time words
     * (the sentence up to the end of that clause, so that its subject counts); the rest of the
     * sentence only breaks ties. None when no such event shares a word with the clause.
     */
    private Optional<Event> eventIn(Sentence sentence, int wordsEnd, LocalDate start, LocalDate end) {
        Set<String> clause = Tokens.distinctive(clauseUpTo(sentence.text(), wordsEnd));
        Set<String> all = Tokens.distinctive(sentence.text());
        return events.stream()
                .filter(e -> e.getDate() != null && !e.getDate().isBefore(start) && !e.getDate().isAfter(end))
                .filter(e -> score(e, clause, Set.of()) > 0)
                .max(Comparator.comparingInt((Event e) -> score(e, clause, all))
                        .thenComparing(e -> -Math.abs(e.getDate().toEpochDay() - start.toEpochDay())));
    }

    private static int score(Event event, Set<String> clause, Set<String> sentence) {
        Set<String> words = Tokens.of(event.getTitle() + " " + event.getActor() + " " + event.getType());
        return 10 * Tokens.shared(clause, words) + Tokens.shared(sentence, words);
    }

    private static String clauseUpTo(String text, int at) {
        int to = text.indexOf(',', at);
        return text.substring(0, to < 0 ? text.length() : to);
    }
}
