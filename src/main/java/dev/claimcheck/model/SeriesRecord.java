package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A cited statement that a period's value was the series' record so far ("a record US$877.6 billion in
 * 2022", as published on 2023-01-13). Reference data rarely reaches back to a series' first period, so a
 * record claim is checked against the latest such statement and the periods after it.
 */
public class SeriesRecord extends SeriesFact {
    private Extreme extreme = Extreme.HIGHEST;
    /** The day the statement was published: it says nothing of periods after that. */
    @JsonProperty(required = true)
    private LocalDate asOf;

    public Extreme getExtreme() {
        return extreme;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** "cn-trade-balance-usd 2022 the highest as of 2023-01-13 (ap-2023-01-12)". */
    public String label() {
        return getSeries() + " " + getPeriod() + " the " + extreme + " as of " + asOf + " (" + getSource() + ")";
    }

    @Override
    public String toString() {
        return "SeriesRecord(" + label() + ")";
    }
}
