package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dated event from the reference data: a tariff action and its rates, a retaliation, a statement,
 * a trip. Claims name events by id.
 */
public class Event extends CitedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    @JsonProperty(required = true)
    private String actor;
    /** What sort of event: tariff, retaliation, statement, trip, call, interview, programme. */
    @JsonProperty(required = true)
    private String type;
    /** The day it happened, or was announced; the first day of a trip or programme. */
    @JsonProperty(required = true)
    private LocalDate date;
    /** The last day of a trip; absent for one-day events. */
    private LocalDate end;
    /** The day a measure took effect, when that differs from its announcement. */
    private LocalDate effective;
    /** The rates it set or threatened. */
    private List<Amount> rates = new ArrayList<>();
    /** The value of goods each of its actions covered. */
    private List<Amount> coverage = new ArrayList<>();
    /** The id of the event this one answered, e.g. a retaliation's cause. */
    private String answers;
    private String note;

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The last day of the event: its end, or its date. */
    public LocalDate getEnd() {
        return end == null ? date : end;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public List<Amount> getRates() {
        return rates;
    }

    public List<Amount> getCoverage() {
        return coverage;
    }

    public String getAnswers() {
        return answers;
    }

    public String getNote() {
        return note;
    }

    public int getYear() {
        return date.getYear();
    }

    /** Whether the event took place, wholly or partly, between the two days (both included). */
    public boolean within(LocalDate first, LocalDate last) {
        return !getEnd().isBefore(first) && !date.isAfter(last);
    }

    /** How long before the other this event began, in days: "7 days before", "on the same day as", "2 days after". */
    public String daysBefore(Event other) {
        long days = ChronoUnit.DAYS.between(date, other.date);
        if (days == 0) {
            return "on the same day as";
        }
        long count = Math.abs(days);
        return count + (count == 1 ? " day " : " days ") + (days > 0 ? "before" : "after");
    }

    /** The rates as intervals, labelled with the event. */
    public List<Quantity> getRateValues() {
        return rates.stream().map(rate -> rate.quantity(Provenance.reference("event " + id))).toList();
    }

    // The three lookups below return null when the event records no such value, so that a DRL
    // pattern "Quantity() from $event.highestRate()" simply does not match.

    /**
     * The rate to compare a claimed rate with: of the rates the claim could mean (their intervals meet),
     * the closest; else the closest of all. Null when none is recorded.
     */
    public Quantity rateClosestTo(Quantity claimed) {
        List<Quantity> rates = getRateValues();
        List<Quantity> possible = rates.stream().filter(rate -> claimed.checkEquals(rate).holds()).toList();
        return (possible.isEmpty() ? rates : possible).stream()
                .min(Comparator.comparing((Quantity rate) -> distance(rate, claimed))).orElse(null);
    }

    private static BigDecimal distance(Quantity a, Quantity b) {
        return a.getReferencePoint().subtract(b.getReferencePoint()).abs();
    }

    /** The highest rate, to compare "up to N per cent" with; null when none is recorded. */
    public Quantity highestRate() {
        return getRateValues().stream().max(Comparator.comparing(Quantity::getReferencePoint))
                .map(q -> q.named("highest rate of " + id)).orElse(null);
    }

    /** The coverage of all its actions added up; null when none is recorded. */
    public Quantity totalCoverage() {
        return coverage.stream().map(amount -> amount.quantity(Provenance.reference("event " + id))).reduce(Quantity::plus)
                .map(q -> q.named("coverage of " + id)).orElse(null);
    }

    /** "Executive Order 14195 (2025-02-01)". */
    public String describe() {
        String span = end == null ? date.toString() : date + " to " + end;
        return title + " (" + span + (effective == null ? "" : ", effective " + effective) + ")";
    }

    @Override
    public String toString() {
        return "Event(" + id + ")";
    }
}
