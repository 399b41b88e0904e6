package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A statistical series from a reference file: one value per period and vintage. */
public class Series implements Located {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    private String note;
    @JsonProperty(required = true)
    private List<Observation> observations = new ArrayList<>();
    @JsonIgnore
    private SourceLocation location;

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

    @Override
    public SourceLocation getLocation() {
        return location;
    }

    @Override
    public void setLocation(SourceLocation location) {
        this.location = location;
    }
}
