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
public class Observation extends SeriesFact {
    public enum Status {
        /** Read in the publisher's own release or table. */
        @JsonProperty("official") OFFICIAL,
        /** Read in a faithful copy or a press report of the release. */
        @JsonProperty("secondary") SECONDARY
    }

    @JsonProperty(required = true)
    private Amount amount;
    /** The day the vintage was published. */
    @JsonProperty(required = true)
    private LocalDate published;
    @JsonProperty(required = true)
    private Status status;
    @JsonIgnore
    private Quantity value;

    public Amount getAmount() {
        return amount;
    }

    public LocalDate getPublished() {
        return published;
    }

    public Status getStatus() {
        return status;
    }

    /** "us-china-goods-deficit 2024, published 2025-02-05 (census-ft900-2024-12)". */
    public String label() {
        return getSeries() + " " + getPeriod() + ", published " + published + " (" + getSource() + ")";
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
        return getSeries() + " " + getPeriod() + " = " + amount + " (" + label() + ")";
    }
}
