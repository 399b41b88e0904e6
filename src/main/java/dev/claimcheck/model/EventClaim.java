package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;

/** "2018, the year Trump began imposing new tariffs on some US$370 billion of Chinese imports". */
@JsonTypeName("event")
public class EventClaim extends Claim {
    /** The id of an event (or series of actions) in facts/reference. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String event;
    /** The year the article places it in, if it does. */
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Integer year;
    /** An amount the article attaches to it, if any, e.g. the value of goods covered. */
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;

    public String getEvent() {
        return event;
    }

    public Integer getYear() {
        return year;
    }

    public Amount getAmount() {
        return amount;
    }

    /** The amount as an interval labelled with the claim; null when the claim states none. */
    public Quantity getValue() {
        return amount == null ? null : stated(amount);
    }
}
