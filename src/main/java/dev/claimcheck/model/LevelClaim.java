package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/** "The US had a US$295.4 billion goods trade deficit with China in 2024": a metric's value for a period. */
@JsonTypeName("level")
public class LevelClaim extends Claim implements Level {
    /** The id of a reference series, e.g. us-china-goods-deficit. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.SERIES)
    private String metric;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period period;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;
    @JsonIgnore
    private Quantity value;

    @Override
    public String getMetric() {
        return metric;
    }

    @Override
    public Period getPeriod() {
        return period;
    }

    public Amount getAmount() {
        return amount;
    }

    @Override
    public Quantity getValue() {
        if (value == null) {
            value = stated(amount);
        }
        return value;
    }

    @Override
    public Origin getOrigin() {
        return Origin.CLAIM;
    }
}
