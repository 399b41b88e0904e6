package dev.claimcheck.model;

import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.Outcome;
import dev.claimcheck.number.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a record claim is compared with, from the values in force for its article: the periods of its
 * granularity between where the comparison must start and the claimed period. The start is the
 * {@code since} period when the claim gives one; otherwise the latest record statement of the series
 * published by the article's date (everything before it is known to be lower); otherwise unknown, and
 * then only an earlier value that beats the claim decides anything.
 */
public final class RecordHistory {
    private final RecordClaim claim;
    private final Map<Period, ReferenceLevel> inForce;
    private final Optional<SeriesRecord> record;
    private final List<Period> missing;
    private final List<Comparison> comparisons = new ArrayList<>();

    private RecordHistory(RecordClaim claim, Map<Period, ReferenceLevel> inForce, Optional<SeriesRecord> record) {
        this.claim = claim;
        this.inForce = inForce;
        this.record = record;
        Optional<Period> start = claim.getSince() != null ? Optional.of(claim.getSince()) : record.map(SeriesRecord::getPeriod);
        List<Period> window = start.map(this::periodsFrom).orElseGet(() -> List.copyOf(inForce.keySet()));
        this.missing = window.stream().filter(p -> !inForce.containsKey(p)).toList();
        window.stream().filter(inForce::containsKey).forEach(p -> comparisons.add(compare(p)));
    }

    /** The history of a record claim: from the reference levels and record statements of its series (any others are ignored). */
    public static List<RecordHistory> of(RecordClaim claim, Collection<?> levels, Collection<?> records) {
        Period period = claim.getPeriod();
        Map<Period, ReferenceLevel> inForce = levels.stream()
                .filter(ReferenceLevel.class::isInstance).map(ReferenceLevel.class::cast)
                .filter(level -> level.getMetric().equals(claim.getMetric()) && sameGranularity(level.getPeriod(), period)
                        && level.getPeriod().isBefore(period))
                .collect(Collectors.toMap(ReferenceLevel::getPeriod, Function.identity(), (a, b) -> a, TreeMap::new));
        Optional<SeriesRecord> latest = records.stream()
                .filter(SeriesRecord.class::isInstance).map(SeriesRecord.class::cast)
                .filter(r -> r.getSeries().equals(claim.getMetric()) && r.getExtreme() == claim.getExtreme()
                        && sameGranularity(r.getPeriod(), period) && r.getPeriod().isBefore(period)
                        && !r.getAsOf().isAfter(claim.getPublished()))
                .max(Comparator.comparing(SeriesRecord::getPeriod));
        return List.of(new RecordHistory(claim, inForce, latest));
    }

    private static boolean sameGranularity(Period a, Period b) {
        return a.getGranularity() == b.getGranularity();
    }

    /** Every period from the start up to, not including, the claimed one. */
    private List<Period> periodsFrom(Period start) {
        List<Period> periods = new ArrayList<>();
        for (Period p = start; p.isBefore(claim.getPeriod()); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private Comparison compare(Period period) {
        Quantity value = inForce.get(period).getValue();
        Quantity threshold = claim.getThreshold();
        if (threshold != null) {
            return claim.getExtreme() == Extreme.HIGHEST ? value.checkAtMost(threshold) : value.checkAtLeast(threshold);
        }
        return period.equals(claim.getSince()) ? claim.getExtreme().reaches(value, claim.getValue())
                : claim.getExtreme().beats(claim.getValue(), value);
    }

    /** Whether the history settles the claim: every period it needs is in force, or a value in force already contradicts it. */
    public boolean isDecisive() {
        return isComplete() || comparisons.stream().anyMatch(Comparison::fails);
    }

    private boolean isComplete() {
        return (claim.getSince() != null || record.isPresent()) && missing.isEmpty() && !all().isEmpty();
    }

    /**
     * The comparison that decides: the first that fails, else the first undecided at the stated precision,
     * else the closest call; a threshold claim's own value against the threshold comes first.
     */
    public Comparison getComparison() {
        List<Comparison> all = all();
        return first(all, Outcome.FAILS).or(() -> first(all, Outcome.UNDECIDED))
                .orElseGet(() -> all.stream().min(Comparator.comparing(RecordHistory::margin)).orElseThrow());
    }

    private List<Comparison> all() {
        List<Comparison> all = new ArrayList<>();
        Quantity threshold = claim.getThreshold();
        if (threshold != null) {
            all.add(claim.getExtreme() == Extreme.HIGHEST ? claim.getValue().checkAbove(threshold)
                    : claim.getValue().checkBelow(threshold));
        }
        all.addAll(comparisons);
        return all;
    }

    private static Optional<Comparison> first(List<Comparison> all, Outcome outcome) {
        return all.stream().filter(c -> c.getOutcome() == outcome).findFirst();
    }

    /** How far apart the two sides are, by their midpoints: the smallest margin is the closest call. */
    private static BigDecimal margin(Comparison c) {
        BigDecimal left = c.getLeft().getMidpoint();
        BigDecimal right = c.getRight().getMidpoint();
        return left == null || right == null ? BigDecimal.ZERO : left.subtract(right).abs();
    }

    /** What the history lacks, for the warning: the periods to add, or a record statement. */
    public String needs() {
        String series = claim.getMetric();
        String covered = inForce.isEmpty() ? "no earlier " + claim.getPeriod().getGranularity().word()
                + " is in force on " + claim.getPublished()
                : "values in force on " + claim.getPublished() + " cover " + ReferenceCatalog.ranges(inForce.keySet());
        String what = "whether " + claim.getPeriod() + " was the " + claim.getExtreme()
                + (claim.getSince() != null ? " since " + claim.getSince() : "") + " of " + series + " is not checked: ";
        if (claim.getSince() == null && record.isEmpty()) {
            return what + "it needs a cited record statement (records:) for " + series + " before " + claim.getPeriod()
                    + ", published by " + claim.getPublished() + ", or values for every earlier "
                    + claim.getPeriod().getGranularity().word() + "; " + covered;
        }
        String from = record.map(r -> " (after the record of " + r.getPeriod() + ", " + r.getSource() + ")").orElse("");
        return what + "it needs " + ReferenceCatalog.ranges(missing) + from + "; " + covered;
    }

    @Override
    public String toString() {
        return "RecordHistory(" + claim.getId() + ": " + inForce.keySet() + ", record " + record.map(SeriesRecord::label)
                .orElse("none") + ", missing " + missing + ")";
    }
}
