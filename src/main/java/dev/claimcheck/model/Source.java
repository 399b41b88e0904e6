package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A publication that reference data is taken from. */
public class Source extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String publisher;
    @JsonProperty(required = true)
    private String title;
    @JsonProperty(required = true)
    private String url;
    /** Publication or retrieval date, as the source gives it (a day, a month or a year). */
    @JsonProperty(required = true)
    private String date;
    private String note;

    public String getId() {
        return id;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }
}
