package dev.claimcheck.draft;

import dev.claimcheck.model.Event;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts rate claims ("imposed 10 per cent tariffs on all Chinese goods", "tariffs of up to 15 per cent
 * on some US imports") with the event of reference data that has that rate and whose title and actor
 * share most words with the words before the rate (its actor first); and, when the sentence says the event retaliated
 * and the event answers another, the sequence of the two.
 */
final class RateDrafts {
    private static final Pattern TARIFF_AFTER = Pattern.compile("^\\s+(?:tariffs?|duties|duty)\\b");
    private static final Pattern TARIFF_BEFORE = Pattern.compile("\\b(?:tariffs?|duties) of\\s*$");
    /** What the rate is on: up to a clause break or a time ("on all Chinese goods in early February"). */
    private static final Pattern TARGET = Pattern.compile("^\\s+on\\s+(.+?)(?=\\s+in\\s|[,.;]|$)");
    private static final Pattern RETALIATED = Pattern.compile("(?i)\\bretaliated\\b");
    private final List<Event> events;
    private final LocalDate published;

    RateDrafts(List<Event> events, LocalDate published) {
        this.events = events;
        this.published = published;
    }

    List<DraftClaim> draft(Sentence sentence) {
        List<DraftClaim> drafts = new ArrayList<>();
        for (Sentence.Figure rate : sentence.amounts()) {
            if (rate.amount().getUnit() == Unit.PERCENT) {
                rateClaim(sentence, rate, drafts);
            }
        }
        return drafts;
    }

    private void rateClaim(Sentence sentence, Sentence.Figure rate, List<DraftClaim> drafts) {
        String text = sentence.text();
        String before = text.substring(0, rate.at());
        Matcher after = TARIFF_AFTER.matcher(rate.after(sentence));
        int tariffEnd;
        if (after.find()) {
            tariffEnd = rate.end() + after.end();
        } else if (TARIFF_BEFORE.matcher(before).find()) {
            tariffEnd = rate.end();
        } else {
            return;
        }
        Matcher target = TARGET.matcher(text.substring(tariffEnd));
        boolean on = target.find();
        int quoteEnd = on ? tariffEnd + target.end() : tariffEnd;
        Optional<Event> action = actionOf(rate.amount(), before, text);
        drafts.add(new DraftClaim("rate", sentence.span(0, quoteEnd))
                .field("action", action.map(Event::getId).orElse(null),
                        "no event of reference data with this rate shares words with the sentence")
                .field("target", on ? target.group(1) : null)
                .field("rate", rate.amount().getText())
                .idFrom(action.map(Event::getId).orElse(null), rate.amount().getText()));
        Matcher retaliated = RETALIATED.matcher(before);
        if (action.isPresent() && action.get().getAnswers() != null && retaliated.find()) {
            drafts.add(new DraftClaim("sequence", sentence.span(0, retaliated.end()))
                    .field("earlier", action.get().getAnswers()).field("later", action.get().getId())
                    .idFrom(action.get().getAnswers(), "before", action.get().getId()));
        }
    }

    /** The event of the rate: the words before the rate (who did it) weigh most, the sentence breaks ties. */
    private Optional<Event> actionOf(Amount rate, String before, String sentence) {
        Set<String> subject = Tokens.of(before);
        Set<String> all = Tokens.of(sentence);
        return events.stream()
                .filter(e -> e.getDate() != null && !e.getDate().isAfter(published))
                .filter(e -> e.getRates().stream().anyMatch(r -> r.getUnit() == Unit.PERCENT
                        && r.getFigure().compareTo(rate.getFigure()) == 0))
                .filter(e -> score(e, subject, all) > 0)
                .max(Comparator.comparingInt(e -> score(e, subject, all)));
    }

    /** The actor named before the rate counts most: a title may name the other side ("15% on US coal"). */
    private static int score(Event event, Set<String> subject, Set<String> sentence) {
        Set<String> words = Tokens.of(event.getTitle() + " " + event.getActor() + " " + event.getType());
        return 100 * Tokens.shared(subject, Tokens.of(event.getActor())) + 10 * Tokens.shared(subject, words)
                + Tokens.shared(sentence, words);
    }
}
