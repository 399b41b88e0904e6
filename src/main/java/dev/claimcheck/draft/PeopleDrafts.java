package dev.claimcheck.draft;

import dev.claimcheck.model.Office;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts office claims (an office's title or alias from reference data followed by the name of a
 * person who held it; "former" before it makes the tenure former) and ranks ("two largest economies").
 */
final class PeopleDrafts {
    private final List<Office> offices;
    private final List<Ranking> rankings;
    private final LocalDate published;
    private final List<String> former = DraftWords.group("tenure").get("former");
    private final Pattern rank;
    private static final Pattern PREDECESSOR = Pattern.compile("\\b(\\p{Lu}\\p{L}+)'s predecessor,\\s*$");

    PeopleDrafts(List<Office> offices, List<Ranking> rankings, LocalDate published) {
        this.offices = offices;
        this.rankings = rankings;
        this.published = published;
        this.rank = Pattern.compile("(?i)(?:the world's )?\\b(" + String.join("|", DraftWords.numbers())
                + "|\\d+) largest economies");
    }

    List<DraftClaim> draft(Sentence sentence) {
        List<DraftClaim> drafts = new ArrayList<>();
        for (Office office : offices) {
            List<String> names = new ArrayList<>(office.getNames());
            names.sort(Comparator.comparingInt(String::length).reversed());
            for (String name : names) {
                Matcher m = Sentence.wholeWord(name).matcher(sentence.text());
                while (m.find()) {
                    office(sentence, office, m.start(), m.end()).ifPresent(claim -> {
                        drafts.add(claim);
                        predecessor(sentence, office, claim).ifPresent(drafts::add);
                    });
                }
            }
        }
        rank(sentence).ifPresent(drafts::add);
        return drafts;
    }

    private Optional<DraftClaim> office(Sentence sentence, Office office, int at, int end) {
        String after = sentence.text().substring(end);
        for (Term term : office.getTerms()) {
            String person = term.getPerson();
            if (!after.startsWith(" " + person)) {
                continue;
            }
            boolean wasFormer = sentence.lastOf(former, Math.max(0, at - 12), at).isPresent();
            int start = wasFormer ? sentence.lastOf(former, Math.max(0, at - 12), at).get().at() : at;
            boolean holds = wasFormer ? office.formerlyHeldBy(person, published) : office.heldBy(person, published);
            if (!holds) {
                return Optional.empty();
            }
            String tenure = wasFormer ? "former" : "current";
            return Optional.of(new DraftClaim("office", sentence.span(start, end + 1 + person.length()))
                    .field("person", person).field("office", office.getId()).field("tenure", tenure)
                    .idFrom(person, office.getId(), tenure));
        }
        return Optional.empty();
    }

    /** "Bessent's predecessor, former Treasury secretary Janet Yellen": the holder named by surname succeeded her. */
    private Optional<DraftClaim> predecessor(Sentence sentence, Office office, DraftClaim former) {
        int at = former.quote().start() - sentence.start();
        Matcher m = PREDECESSOR.matcher(sentence.text().substring(0, at));
        if (!"former".equals(former.fields().get("tenure")) || !m.find()) {
            return Optional.empty();
        }
        return office.getTerms().stream().map(Term::getPerson)
                .filter(p -> p.endsWith(" " + m.group(1)) && office.heldBy(p, published)).findFirst()
                .map(successor -> new DraftClaim("predecessor", new Span(sentence.start() + m.start(), former.quote().end()))
                        .field("person", former.fields().get("person")).field("successor", successor)
                        .field("office", office.getId()).idFrom(former.fields().get("person"), "before", successor));
    }

    private Optional<DraftClaim> rank(Sentence sentence) {
        Matcher m = rank.matcher(sentence.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int top = DraftWords.numbers().contains(word) ? DraftWords.numbers().indexOf(word) : Integer.parseInt(word);
        Ranking latest = rankings.stream().filter(r -> !r.getPublished().isAfter(published))
                .max(Comparator.comparing(Ranking::getPublished)).orElse(null);
        DraftClaim claim = new DraftClaim("rank", sentence.span(m.start(), m.end()))
                .field("subjects", latest == null ? null : latest.top(top), "no ranking published by then")
                .field("measure", latest == null ? null : latest.getMeasure(), "no ranking published by then")
                .field("top", top);
        return Optional.of(claim.idFrom(top, "largest", latest == null ? null : latest.getMeasure()));
    }
}
