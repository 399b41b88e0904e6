package dev.claimcheck.draft;

import dev.claimcheck.model.FactBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the claims of an article, sentence by sentence, from its text, its date and the reference
 * data: deterministic (the same text gives the same drafts, in text order) and rule-based.
 */
public final class Drafter {
    private final FactBase reference;

    public Drafter(FactBase reference) {
        this.reference = reference;
    }

    /** The drafts of the text, each with an id unique among them and among {@code takenIds}. */
    public List<Draft> draft(String text, LocalDate published, Set<String> takenIds) {
        Periods periods = new Periods(published);
        AmountDrafts amounts = new AmountDrafts(new SeriesMatcher(reference.getSeries()), periods);
        PeopleDrafts people = new PeopleDrafts(reference.getOffices(), reference.getRankings(), published);
        TimeDrafts times = new TimeDrafts(periods, reference.getEvents());
        RateDrafts rates = new RateDrafts(reference.getEvents(), published);
        EventDrafts events = new EventDrafts(reference.getEvents(), published);
        ShareDrafts shares = new ShareDrafts(reference.getSeries());
        List<DraftClaim> all = new ArrayList<>();
        for (Sentence sentence : Sentence.of(text)) {
            all.addAll(times.draft(sentence));
            all.addAll(people.draft(sentence));
            all.addAll(amounts.draft(sentence));
            all.addAll(rates.draft(sentence));
            all.addAll(events.draft(sentence));
            shares.draft(sentence, all).ifPresent(all::add);
        }
        Set<String> ids = new HashSet<>(takenIds);
        Set<String> contents = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (DraftClaim claim : all) {
            if (contents.add(claim.kind() + content(claim))) {
                String id = claim.baseId();
                for (int n = 2; !ids.add(id); n++) {
                    id = claim.baseId() + "-" + n;
                }
                claim.setId(id);
                drafts.add(new Draft(claim, text.substring(claim.quote().start(), claim.quote().end())));
            }
        }
        return drafts;
    }

    /** What a claim says, for dropping a second draft of the same claim (the same office named twice). */
    private static Map<String, Object> content(DraftClaim claim) {
        Map<String, Object> content = new LinkedHashMap<>();
        claim.fields().forEach((k, v) -> content.put(k, v instanceof DraftClaim other ? other.quote() : v));
        return content;
    }

    /** A drafted claim with its quote, as written to claims.yaml. */
    public record Draft(DraftClaim claim, String quote) {
        public String id() {
            return claim.id();
        }

        public String kind() {
            return claim.kind();
        }

        /** The filled fields by name; a field naming another draft holds that draft's id. */
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            claim.fields().forEach((k, v) -> fields.put(k, v instanceof DraftClaim other ? other.id() : v));
            return fields;
        }

        public List<String> unfilled() {
            return claim.unfilled();
        }

        public boolean complete() {
            return claim.complete();
        }
    }
}
