package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A finding accepted on purpose, from facts/waivers.yaml: by claim and rule, with a reason, owner and expiry. */
public class Waiver extends LocatedFact {
    /** The file, in the facts directory, that lists waivers. */
    public static final String FILE_NAME = "waivers.yaml";

    @JsonProperty(required = true)
    private String claim;
    @JsonProperty(required = true)
    private String rule;
    @JsonProperty(required = true)
    private String reason;
    @JsonProperty(required = true)
    private String owner;
    /** The last day the waiver holds. */
    @JsonProperty(required = true)
    private LocalDate expires;

    public String getClaim() {
        return claim;
    }

    public String getRule() {
        return rule;
    }

    public String getReason() {
        return reason;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getExpires() {
        return expires;
    }

    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    @Override
    public String toString() {
        return "waiver of " + rule + " on " + claim + " (" + owner + ", until " + expires + ")";
    }
}
