package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A passage of an article deliberately left without a claim (a headline, a cause, a characterisation),
 * with the reason: its mentions count as covered. Written under {@code unclaimed:} in claims.yaml.
 */
public class UnclaimedPassage extends LocatedFact {
    @JsonProperty(required = true)
    private String quote;
    @JsonProperty(required = true)
    private String reason;

    public String getQuote() {
        return quote;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "unclaimed passage \"" + quote + "\"";
    }
}
