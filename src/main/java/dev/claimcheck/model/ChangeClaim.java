package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/** "Last year's deficit rose US$16.3 billion from 2023": the difference between two periods' levels. */
@JsonTypeName("change")
public class ChangeClaim extends Claim {
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.SERIES)
    private String metric;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period from;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period to;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.DIRECTION)
    private Direction direction;
    /** The size of the change, as written (without sign). */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;

    public String getMetric() {
        return metric;
    }

    public Period getFrom() {
        return from;
    }

    public Period getTo() {
        return to;
    }

    public Direction getDirection() {
        return direction;
    }

    public Amount getAmount() {
        return amount;
    }

    /** The change as a signed interval: a fall of 5 is -5. */
    public Quantity getValue() {
        Quantity size = stated(amount);
        return direction == Direction.FALL ? size.negate() : size;
    }
}
