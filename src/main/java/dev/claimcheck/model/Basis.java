package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a per-cent change compares its period with: the same period a year earlier, or the one before it. */
public enum Basis {
    @JsonProperty("year-on-year")
    YEAR_ON_YEAR,
    @JsonProperty("period-on-period")
    PERIOD_ON_PERIOD;

    /** The period a change over {@code to} starts from on this basis. */
    public Period earlierThan(Period to) {
        return this == YEAR_ON_YEAR ? to.yearEarlier() : to.previous();
    }

    /** As written in claims files and in words.yaml: "year-on-year". */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
