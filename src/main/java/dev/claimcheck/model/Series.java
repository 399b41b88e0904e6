package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A statistical series from a reference file: one value per period and vintage. */
public class Series extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    private String note;
    /** May be left out for a series known only through an identity (a balance no table prints). */
    private List<Observation> observations = new ArrayList<>();
    /** Cited statements that a period was the series' record so far. */
    private List<SeriesRecord> records = new ArrayList<>();

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public List<Observation> getObservations() {
        return observations;
    }

    public List<SeriesRecord> getRecords() {
        return records;
    }
}
