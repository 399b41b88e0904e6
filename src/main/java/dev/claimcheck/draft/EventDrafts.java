package dev.claimcheck.draft;

import dev.claimcheck.model.Event;
import dev.claimcheck.number.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts event claims for tariffs the article names without a rate ("the higher US tariffs Mr Trump has
 * promised", "2018, the year Trump began imposing new tariffs on some US$370 billion"): the tariff event
 * of reference data, dated by the article's day, whose title and actor share most words with the
 * clause. A year named just before the clause that is the event's year counts most, and is filled in
 * with the amount of the clause. When two events score alike, nothing is drafted.
 */
final class EventDrafts {
    private static final Pattern TARIFFS = Pattern.compile("(?i)\\btariffs?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final String TARIFF = "tariff";
    private final List<Event> events;

    EventDrafts(List<Event> events, LocalDate published) {
        this.events = events.stream().filter(e -> e.getDate() != null && !e.getDate().isAfter(published)
                && Tokens.of(e.getTitle()).contains(TARIFF)).toList();
    }

    List<DraftClaim> draft(Sentence sentence) {
        List<DraftClaim> drafts = new ArrayList<>();
        String text = sentence.text();
        Matcher m = TARIFFS.matcher(text);
        int done = 0;
        while (m.find()) {
            int from = text.lastIndexOf(',', m.start()) + 1;
            int to = text.indexOf(',', m.end());
            to = to < 0 ? text.length() - (text.endsWith(".") ? 1 : 0) : to;
            if (from >= done) {
                done = to;
                event(sentence, from, to).ifPresent(drafts::add);
            }
        }
        return drafts;
    }

    private Optional<DraftClaim> event(Sentence sentence, int from, int to) {
        String clause = sentence.text().substring(from, to);
        List<Sentence.Figure> amounts = sentence.amounts().stream().filter(f -> f.at() >= from && f.end() <= to).toList();
        if (amounts.stream().anyMatch(f -> f.amount().getUnit() == Unit.PERCENT)) {
            return Optional.empty(); // a rate claim's
        }
        // "2018, the year Trump began ...": the year just before the clause dates it.
        int previousClause = from > 0 ? sentence.text().lastIndexOf(',', from - 2) + 1 : 0;
        Matcher year = YEAR.matcher(sentence.text().substring(previousClause, from));
        Integer named = year.find() ? Integer.valueOf(year.group()) : null;
        Set<String> words = Tokens.distinctive(clause);
        Map<Event, Integer> scores = new LinkedHashMap<>();
        events.forEach(e -> scores.put(e, Tokens.shared(words, Tokens.distinctive(e.getTitle() + " " + e.getActor()))
                + (named != null && named == e.getDate().getYear() ? 10 : 0)));
        int bestScore = scores.values().stream().max(Integer::compare).orElse(0);
        List<Event> best = scores.keySet().stream().filter(e -> scores.get(e) == bestScore).toList();
        // "tariff" alone names no event: another word must say which.
        if (bestScore < 2 || best.size() != 1) {
            return Optional.empty();
        }
        Event event = best.get(0);
        boolean dated = named != null && named == event.getDate().getYear();
        int start = dated ? previousClause + year.start() : from;
        while (Character.isWhitespace(sentence.text().charAt(start))) {
            start++;
        }
        DraftClaim claim = new DraftClaim("event", sentence.span(start, to)).field("event", event.getId());
        if (dated) {
            claim.field("year", named);
            amounts.stream().filter(f -> f.amount().getUnit() != Unit.COUNT).findFirst()
                    .ifPresent(f -> claim.field("amount", f.amount().getText()));
        }
        return Optional.of(claim.idFrom(event.getId()));
    }
}
