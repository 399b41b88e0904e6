package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** "Treasury Secretary Scott Bessent", "former President Joe Biden": a person named with an office. */
@JsonTypeName("office")
public class OfficeClaim extends PersonInOfficeClaim {
    public enum Tenure {
        /** Held the office on the article's date. */
        CURRENT,
        /** Held it before the article's date, and no longer. */
        FORMER
    }

    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.TENURE)
    private Tenure tenure;

    public Tenure getTenure() {
        return tenure;
    }
}
