package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/** "10 per cent tariffs on all Chinese goods": the rate an action set, or threatened. */
@JsonTypeName("rate")
public class RateClaim extends Claim {
    /** The id of the action (an event in facts/reference) that set or threatened the rate. */
    @JsonProperty(required = true)
    private String action;
    /** What the rate applies to, in the article's words. */
    @JsonProperty(required = true)
    private String target;
    @JsonProperty(required = true)
    private Amount rate;

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public Amount getRate() {
        return rate;
    }

    public Quantity getValue() {
        return rate.quantity("claim " + getId());
    }
}
