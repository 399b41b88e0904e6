package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** "Treasury Secretary Scott Bessent", "former President Joe Biden": a person named with an office. */
@JsonTypeName("office")
public class OfficeClaim extends Claim {
    public enum Tenure {
        /** Held the office on the article's date. */
        @JsonProperty("current") CURRENT,
        /** Held it before the article's date, and no longer. */
        @JsonProperty("former") FORMER
    }

    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERSON)
    private String person;
    /** An office id, e.g. us-treasury-secretary. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.OFFICE)
    @Quoted(Quoted.WrittenAs.OFFICE)
    private String office;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.TENURE)
    private Tenure tenure;

    public String getPerson() {
        return person;
    }

    public String getOffice() {
        return office;
    }

    public Tenure getTenure() {
        return tenure;
    }
}
