package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Base of what a series lists for one of its periods: an observation, a record statement. */
public abstract class SeriesFact extends CitedFact {
    /** The id of the series, set by the loader from the series it is listed under. */
    @JsonIgnore
    private String series;
    @JsonProperty(required = true)
    private Period period;
    /** What remains uncertain. */
    private String note;

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Period getPeriod() {
        return period;
    }

    public String getNote() {
        return note;
    }
}
