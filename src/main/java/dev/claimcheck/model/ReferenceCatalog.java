package dev.claimcheck.model;

import dev.claimcheck.problem.Suggestions;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ids a claim may give, by kind of reference (the reference data's series, offices, events and
 * ranking measures, and the claims of the articles checked together), with the lookups rules need to
 * say what is missing. One fact of this type is in every rule session.
 */
public final class ReferenceCatalog {
    private final Map<RefersTo.Reference, Set<String>> ids = new EnumMap<>(RefersTo.Reference.class);
    private final Map<String, List<Observation>> observations;
    private final List<Office> offices;

    /** The reference data's ids, and no claim yet: made once per run, see {@link #withClaims}. */
    public ReferenceCatalog(FactBase facts) {
        ids.put(RefersTo.Reference.SERIES, idsOf(facts.getSeries(), Series::getId));
        ids.put(RefersTo.Reference.OFFICE, idsOf(facts.getOffices(), Office::getId));
        ids.put(RefersTo.Reference.EVENT, idsOf(facts.getEvents(), Event::getId));
        ids.put(RefersTo.Reference.MEASURE, idsOf(facts.getRankings(), Ranking::getMeasure));
        ids.put(RefersTo.Reference.CLAIM, Set.of());
        observations = facts.getObservations().stream().collect(Collectors.groupingBy(Observation::getSeries));
        offices = List.copyOf(facts.getOffices());
    }

    private ReferenceCatalog(ReferenceCatalog reference, Collection<Claim> claims) {
        ids.putAll(reference.ids);
        ids.put(RefersTo.Reference.CLAIM, idsOf(claims, ReferenceCatalog::claimKey));
        observations = reference.observations;
        offices = reference.offices;
    }

    /** The same reference data with the claims of the articles checked together. */
    public ReferenceCatalog withClaims(Collection<Claim> claims) {
        return new ReferenceCatalog(this, claims);
    }

    private static <T> Set<String> idsOf(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether the id the claim gives names something of its kind; another claim must be of its article. */
    public boolean knows(Claim claim, ClaimReference reference) {
        return reference.kind() == RefersTo.Reference.CLAIM ? hasClaim(claim.getArticle(), reference.id())
                : has(reference.kind(), reference.id());
    }

    /** Whether the article has a claim of that id. */
    public boolean hasClaim(String article, String id) {
        return ids.get(RefersTo.Reference.CLAIM).contains(article + "/" + id);
    }

    private static String claimKey(Claim claim) {
        return claim.getArticle() + "/" + claim.getId();
    }

    /** Whether an id names something of the kind, e.g. {@code has(RefersTo.Reference.SERIES, $metric)}. */
    public boolean has(RefersTo.Reference kind, String id) {
        return ids.get(kind).contains(id);
    }

    /** "; did you mean 'us-eo-14195'?" for a misspelt id, or nothing. */
    public String didYouMean(ClaimReference reference) {
        return Suggestions.didYouMean(reference.id(), reference.kind() == RefersTo.Reference.CLAIM
                ? ids.get(reference.kind()).stream().map(key -> key.substring(key.indexOf('/') + 1)).toList()
                : ids.get(reference.kind()));
    }

    /** Where an unknown id should have been found, for messages: "facts/reference/" or "its article's claims". */
    public String whereToFind(ClaimReference reference) {
        return reference.kind() == RefersTo.Reference.CLAIM ? "the claims of its article" : "facts/reference/";
    }

    /** Every office, for reading office titles in quotes. */
    public List<Office> getOffices() {
        return offices;
    }

    /**
     * What reference data says about a series as of a date, for a claim it could not check: "the values
     * published by 2025-02-22 cover 2015 to 2018", or that none was published by then.
     */
    public String coverage(String series, LocalDate date) {
        List<Observation> all = observations.getOrDefault(series, List.of());
        if (all.isEmpty()) {
            return "the series has no values in facts/reference/";
        }
        Set<Period> periods = all.stream().filter(o -> !o.getPublished().isAfter(date))
                .map(Observation::getPeriod).collect(Collectors.toCollection(() -> new TreeSet<>(
                        Comparator.comparing(Period::getGranularity).thenComparing(Comparator.naturalOrder()))));
        if (periods.isEmpty()) {
            LocalDate first = all.stream().map(Observation::getPublished).min(LocalDate::compareTo).orElseThrow();
            return "none of its values was published by " + date + " (the first was published " + first + ")";
        }
        return "the values published by " + date + " cover " + ranges(periods);
    }

    /** "2015 to 2018, 2020": runs of consecutive periods, given in order. */
    static String ranges(Collection<Period> periods) {
        StringBuilder out = new StringBuilder();
        Period start = null;
        Period previous = null;
        for (Period period : periods) {
            if (previous != null && period.equals(previous.next())) {
                previous = period;
                continue;
            }
            appendRun(out, start, previous);
            start = period;
            previous = period;
        }
        appendRun(out, start, previous);
        return out.toString();
    }

    private static void appendRun(StringBuilder out, Period start, Period end) {
        if (start == null) {
            return;
        }
        out.append(out.length() == 0 ? "" : ", ").append(start.equals(end) ? start : start + " to " + end);
    }

    @Override
    public String toString() {
        return "ReferenceCatalog(" + ids.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey().word())
                .collect(Collectors.joining(", ")) + ")";
    }
}
