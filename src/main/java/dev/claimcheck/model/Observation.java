package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import java.time.LocalDate;

/**
 * One published value of a series: the value for a period as a given release (its vintage) printed
 * it. Statistics are revised, so a period may have several observations with different dates.
 */
public class Observation extends CitedFact {
    public enum Status {
        /** Read in the publisher's own release or table. */
        @JsonProperty("official") OFFICIAL,
        /** Read in a faithful copy or a press report of the release. */
        @JsonProperty("secondary") SECONDARY
    }

    @JsonIgnore
    private String series;
    @JsonProperty(required = true)
    private Period period;
    @JsonProperty(required = true)
    private Amount amount;
    /** When the vintage was published: a day, or a month when the day is not known; label() shows it as written. */
    @JsonProperty(required = true)
    private Vintage published;
    @JsonProperty(required = true)
    private Status status;
    /** What remains uncertain about the value or its date. */
    private String note;
    @JsonIgnore
    private Quantity value;

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Period getPeriod() {
        return period;
    }

    public Amount getAmount() {
        return amount;
    }

    /**
     * The day from which the value is in force: the release's day, or the last day of its month when
     * only the month is known. Rules compare it with an article's date.
     */
    public LocalDate getPublished() {
        return published.inForceFrom();
    }

    /** The vintage as written, "2025-02-05" or "2026-02", for messages. */
    public String getPublishedAsWritten() {
        return published.text();
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    /** "us-china-goods-deficit 2024, published 2025-02-05 (census-ft900-2024-12)". */
    public String label() {
        return series + " " + period + ", published " + published + " (" + getSource() + ")";
    }

    /** The value as an interval; made once, since joins read it many times (quantities are immutable). */
    public Quantity getValue() {
        if (value == null) {
            value = amount.quantity(Provenance.reference(label()));
        }
        return value;
    }

    @Override
    public String toString() {
        return series + " " + period + " = " + amount + " (" + label() + ")";
    }
}
