package dev.claimcheck.draft;

import dev.claimcheck.model.Series;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts the claims about amounts of one sentence: levels (an amount of money with its period), peaks
 * and records, per-cent changes ("rose 5.9 per cent on the year"), changes ("rose US$16.3 billion from
 * 2023") and comparisons between two levels ("down from", "up from").
 */
final class AmountDrafts {
    private static final Pattern CLAUSE_END = Pattern.compile(",|;|\\bwhile\\b|\\band\\b|\\bbut\\b");
    private static final Pattern FROM_YEAR = Pattern.compile("^\\s+from\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern PER_DOLLAR = Pattern.compile("^\\s+per\\s+(?:US\\$|dollar|US dollar)");
    private static final Pattern WORTH = Pattern.compile("\\bworth\\s*$");
    private static final Pattern PEAK = Pattern.compile("(?i)\\bpeak of\\s*$");
    private final SeriesMatcher matcher;
    private final Periods periods;
    private final Map<String, List<String>> directions = DraftWords.group("directions");
    private final Map<String, List<String>> relations = DraftWords.group("relations");
    private final List<String> yearOnYear = DraftWords.group("bases").get("year-on-year");
    private final List<String> highs = DraftWords.group("extremes").get("highest");

    /** A level drafted for an amount, kept for the per-cent change and comparison beside it. */
    private record Level(DraftClaim claim, Series metric, Periods.Named period) {
    }

    AmountDrafts(SeriesMatcher matcher, Periods periods) {
        this.matcher = matcher;
        this.periods = periods;
    }

    List<DraftClaim> draft(Sentence sentence) {
        List<Sentence.Figure> amounts = locate(sentence);
        List<DraftClaim> drafts = new ArrayList<>();
        Level[] levels = new Level[amounts.size()];
        Level previous = null;
        for (int i = 0; i < amounts.size(); i++) {
            Unit unit = amounts.get(i).amount().getUnit();
            if (unit == Unit.USD || unit == Unit.CNY || isRate(sentence, amounts.get(i))) {
                levels[i] = level(sentence, amounts, i, previous, drafts);
                previous = levels[i] != null ? levels[i] : previous;
            }
        }
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).amount().getUnit() == Unit.PERCENT) {
                percentChange(sentence, amounts, levels, i).ifPresent(drafts::add);
            }
        }
        return drafts;
    }

    /** The amounts a claim about a series can state: money, and rates written "N yuan per dollar". */
    private static List<Sentence.Figure> locate(Sentence sentence) {
        return sentence.amounts().stream()
                .filter(f -> f.amount().getUnit() != Unit.COUNT || PER_DOLLAR.matcher(f.after(sentence)).find()
                        || f.after(sentence).startsWith(" yuan per"))
                .toList();
    }

    private static boolean isRate(Sentence sentence, Sentence.Figure found) {
        return PER_DOLLAR.matcher(sentence.text().substring(found.end())).find();
    }

    private Level level(Sentence sentence, List<Sentence.Figure> amounts, int i, Level previous, List<DraftClaim> drafts) {
        String text = sentence.text();
        Sentence.Figure a = amounts.get(i);
        int before = i > 0 ? amounts.get(i - 1).end() : 0;
        int next = i + 1 < amounts.size() ? amounts.get(i + 1).at() : text.length();
        // The words about this amount start after the previous amount of money, not after a per-cent change.
        int wordsFrom = previous == null ? 0 : previous.claim().quote().end() - sentence.start();
        for (int j = i - 1; j >= 0 && amounts.get(j).amount().getUnit() == Unit.PERCENT; j--) {
            wordsFrom = j > 0 ? amounts.get(j - 1).end() : 0;
        }
        String beforeText = text.substring(before, a.at());
        if (WORTH.matcher(beforeText).find()) {
            return null;
        }
        boolean rate = isRate(sentence, a);
        String near = text.substring(Math.min(wordsFrom, a.at()), a.at()) + text.substring(a.end(), clauseEnd(text, a.end(), next));
        // A hedged amount ("some US$370 billion") is not a level of a series, which is stated exactly.
        Series metric = a.amount().getText().matches("(?i)(some|about|around|nearly|almost) .*") ? null
                : matcher.match(near, text, a.amount().getUnit(), rate).orElse(null);
        Optional<Sentence.Found> relation = relation(sentence, before, a.at());
        if (metric == null && relation.isPresent() && previous != null) {
            metric = previous.metric();
        }
        Matcher fromYear = FROM_YEAR.matcher(text.substring(a.end()));
        Optional<Sentence.Found> direction = direction(sentence, before, a.at());
        if (fromYear.find() && direction.isPresent()) {
            drafts.add(change(sentence, a, metric, direction.get(), fromYear));
            return null;
        }
        Periods.Named period = periodOf(rate ? periods.days(text) : periods.in(text), a, next);
        Span quote = Span.cover(sentence.span(a.at(), a.end()), period == null ? null
                : sentence.span(period.at(), period.end()));
        String kind = "level";
        Optional<Sentence.Found> extreme = Optional.empty();
        if (PEAK.matcher(beforeText).find()) {
            kind = "peak";
        } else {
            extreme = sentence.lastOf(highs, before, a.at());
            kind = extreme.isPresent() ? "record" : kind;
        }
        if (extreme.isPresent()) {
            quote = quote.union(sentence.span(extreme.get().at(), extreme.get().end()));
        }
        DraftClaim claim = new DraftClaim(kind, quote)
                .field("metric", metric == null ? null : metric.getId(), "no reference series matched the words near "
                        + a.amount().getText())
                .field("period", period == null ? null : period.period().toString())
                .field("amount", a.amount().getText());
        if (extreme.isPresent()) {
            claim.field("extreme", "highest");
        }
        claim.idFrom(metric == null ? null : metric.getId(), period == null ? null : period.period());
        drafts.add(claim);
        Level level = new Level(claim, metric, period);
        if (relation.isPresent() && previous != null && metric != null && claim.complete() && previous.claim().complete()) {
            drafts.add(comparison(previous, level, relation.get().word()));
        }
        return level;
    }

    private DraftClaim change(Sentence sentence, Sentence.Figure a, Series metric, Sentence.Found direction, Matcher fromYear) {
        Periods.Named to = last(periods.in(sentence.text()), a.at());
        int fromEnd = a.end() + fromYear.end();
        Span quote = Span.cover(sentence.span(direction.at(), fromEnd),
                to == null ? null : sentence.span(to.at(), to.end()));
        return new DraftClaim("change", quote)
                .field("metric", metric == null ? null : metric.getId(), "no reference series matched")
                .field("from", fromYear.group(1))
                .field("to", to == null ? null : to.period().toString())
                .field("direction", meaningOf(directions, direction.word()))
                .field("amount", a.amount().getText())
                .idFrom(metric == null ? null : metric.getId(), fromYear.group(1), to == null ? null : to.period());
    }

    private DraftClaim comparison(Level subject, Level object, String relationWord) {
        Span quote = subject.claim().quote().union(object.claim().quote());
        String relation = meaningOf(relations, relationWord);
        return new DraftClaim("comparison", quote)
                .field("subject", subject.claim())
                .field("relation", relation)
                .field("object", object.claim())
                .idFrom(subject.claim(), subject.period().period(), relation, object.period().period());
    }

    private Optional<DraftClaim> percentChange(Sentence sentence, List<Sentence.Figure> amounts, Level[] levels, int i) {
        Sentence.Figure a = amounts.get(i);
        int before = i > 0 ? amounts.get(i - 1).end() : 0;
        Optional<Sentence.Found> direction = direction(sentence, before, a.at());
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        Level level = i + 1 < levels.length ? levels[i + 1] : null;
        Series metric = level == null ? null : level.metric();
        Periods.Named to = level != null && level.period() != null ? level.period()
                : periodOf(periods.in(sentence.text()), a, sentence.text().length());
        Optional<Sentence.Found> basis = sentence.lastOf(yearOnYear, 0, sentence.text().length());
        Span quote = Span.cover(sentence.span(direction.get().at(), a.end()),
                to == null ? null : sentence.span(to.at(), to.end()),
                basis.map(b -> sentence.span(b.at(), b.end())).orElse(null));
        DraftClaim claim = new DraftClaim("percent-change", quote)
                .field("metric", metric == null ? null : metric.getId(), "no level of a reference series beside it")
                .field("to", to == null ? null : to.period().toString());
        basis.ifPresent(b -> claim.field("basis", "year-on-year"));
        claim.field("direction", meaningOf(directions, direction.get().word()))
                .field("amount", a.amount().getText())
                .idFrom(metric == null ? null : metric.getId(), to == null ? null : to.period());
        return Optional.of(claim);
    }

    /** A direction word among the last three words before the amount. */
    private Optional<Sentence.Found> direction(Sentence sentence, int from, int at) {
        List<String> all = new ArrayList<>();
        directions.values().forEach(all::addAll);
        return sentence.lastOf(all, from, at)
                .filter(found -> sentence.text().substring(found.end(), at).trim().split("\\s+").length <= 2);
    }

    private Optional<Sentence.Found> relation(Sentence sentence, int from, int at) {
        List<String> all = new ArrayList<>(relations.get("below"));
        all.addAll(relations.get("above"));
        return sentence.lastOf(all, from, at).filter(f -> f.word().contains(" "));
    }

    /** The period in the amount's clause after it ("US$336 billion in December"), else the last before it. */
    private static Periods.Named periodOf(List<Periods.Named> named, Sentence.Figure a, int next) {
        for (Periods.Named period : named) {
            if (period.at() >= a.end() && period.at() < next) {
                return period;
            }
        }
        return last(named, a.at());
    }

    private static Periods.Named last(List<Periods.Named> named, int at) {
        Periods.Named last = null;
        for (Periods.Named period : named) {
            if (period.end() <= at) {
                last = period;
            }
        }
        return last;
    }

    private static int clauseEnd(String text, int from, int limit) {
        Matcher m = CLAUSE_END.matcher(text);
        m.region(from, limit);
        return m.find() ? m.start() : limit;
    }

    private static String meaningOf(Map<String, List<String>> meanings, String word) {
        return meanings.entrySet().stream().filter(e -> e.getValue().contains(word.toLowerCase(java.util.Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
