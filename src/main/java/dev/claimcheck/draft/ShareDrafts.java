package dev.claimcheck.draft;

import dev.claimcheck.model.Series;
import dev.claimcheck.number.Amount;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts share claims: "more than a third of last year's surplus came from trade with the United
 * States, with which China ran a surplus of US$361.03 billion". The part is the level drafted after the
 * fraction in the sentence; the whole, a level drafted earlier in the article for the same period and
 * unit, whose series' title shares most words with the words after "of" (the plainer series on a tie).
 */
final class ShareDrafts {
    private static final Pattern OF = Pattern.compile("^\\s+of\\s+(.+?)(?=\\s+(?:came|comes|was|is|went|goes)\\b|[,.;]|$)");
    private static final Set<String> LEVELS = Set.of("level", "record", "peak");
    /** The words of each series' title, by id. */
    private final Map<String, Set<String>> titles = new HashMap<>();

    ShareDrafts(List<Series> series) {
        series.forEach(s -> titles.put(s.getId(), Tokens.of(s.getTitle())));
    }

    private Set<String> title(DraftClaim level) {
        return titles.getOrDefault((String) level.fields().get("metric"), Set.of());
    }

    Optional<DraftClaim> draft(Sentence sentence, List<DraftClaim> drafted) {
        for (Sentence.Figure fraction : sentence.amounts()) {
            Matcher of = OF.matcher(fraction.after(sentence));
            if (!fraction.amount().isInWords() || !of.find()) {
                continue;
            }
            int after = sentence.start() + fraction.end();
            Optional<DraftClaim> part = drafted.stream().filter(d -> LEVELS.contains(d.kind()) && d.complete()
                    && d.quote().end() > after && d.quote().end() <= sentence.start() + sentence.text().length()).findFirst();
            Set<String> words = Tokens.of(of.group(1));
            Optional<DraftClaim> whole = part.flatMap(p -> drafted.stream()
                    .filter(d -> LEVELS.contains(d.kind()) && d.complete() && d.quote().end() <= sentence.start()
                            && d.fields().get("period").equals(p.fields().get("period")) && unit(d) == unit(p))
                    .max(Comparator.comparingInt((DraftClaim d) -> Tokens.shared(words, title(d)))
                            .thenComparing(d -> -title(d).size())));
            if (whole.isPresent()) {
                return Optional.of(new DraftClaim("share", sentence.span(fraction.at(), part.get().quote().end() - sentence.start()))
                        .field("part", part.get()).field("whole", whole.get()).field("amount", fraction.amount().getText())
                        .idFrom(part.get(), "of", whole.get()));
            }
        }
        return Optional.empty();
    }

    private static Object unit(DraftClaim level) {
        return Amount.parse((String) level.fields().get("amount")).getUnit();
    }
}
