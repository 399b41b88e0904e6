package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/**
 * "Exports rose 5.9 per cent to US$3.58 trillion", "December exports grew 10.7 per cent year on year": a
 * change in per cent of the earlier level. The earlier period is {@code from} where the quote names it,
 * else follows from the {@code basis} the quote states ("year on year": the same period a year earlier).
 * The level it reaches ("to US$3.58 trillion") is a level claim of its own, which the rules then use.
 */
@JsonTypeName("percent-change")
public class PercentChangeClaim extends Claim {
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.SERIES)
    private String metric;
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period from;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period to;
    @Quoted(Quoted.WrittenAs.BASIS)
    private Basis basis;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.DIRECTION)
    private Direction direction;
    /** The size of the change in per cent, as written (without sign). */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;

    public String getMetric() {
        return metric;
    }

    /** The earlier period as the claim gives it, or null when its basis gives it. */
    public Period getFrom() {
        return from;
    }

    public Period getTo() {
        return to;
    }

    /** The basis the quote states, or null when it names the earlier period instead. */
    public Basis getBasis() {
        return basis;
    }

    /** The period the change is from: {@code from}, else the one the basis gives; null when neither is given. */
    public Period getEarlier() {
        return from != null ? from : basis != null ? basis.earlierThan(to) : null;
    }

    public Direction getDirection() {
        return direction;
    }

    public Amount getAmount() {
        return amount;
    }

    /** The change in per cent as a signed interval: a fall of 3 per cent is -3. */
    public Quantity getValue() {
        Quantity size = stated(amount);
        return direction == Direction.FALL ? size.negate() : size;
    }
}
