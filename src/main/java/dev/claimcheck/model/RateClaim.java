package dev.claimcheck.model;

import dev.claimcheck.number.Provenance;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/** "10 per cent tariffs on all Chinese goods": the rate an action set, or threatened. */
@JsonTypeName("rate")
public class RateClaim extends Claim {
    /** The id of the action (an event in facts/reference) that set or threatened the rate. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String action;
    /** What the rate applies to, in the article's words. */
    @JsonProperty(required = true)
    private String target;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
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

    /** The rate as stated, hedge included: "up to 15 per cent" has no lower bound. */
    public Quantity getValue() {
        return stated(rate);
    }

    /** The figure alone, without its hedge: "up to 15 per cent" gives 15 per cent at its precision. */
    public Quantity getFigureValue() {
        return rate.figureQuantity(Provenance.claim(getId()));
    }
}
