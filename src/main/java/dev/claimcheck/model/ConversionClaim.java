package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/**
 * "25.45 trillion yuan (about US$3.54 trillion)": an amount beside its equivalent in another currency,
 * converted at the value an exchange-rate series had for a period (the day, month or year of the rate).
 */
@JsonTypeName("conversion")
public class ConversionClaim extends Claim {
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount converted;
    /** The id of an exchange-rate series (one that declares {@code rate:}), e.g. cny-per-usd-central-parity. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.SERIES)
    private String rate;
    /** The period of the rate's value used: a day, or a month or year for a series of averages. */
    @JsonProperty(required = true)
    private Period on;
    @JsonIgnore
    private Quantity value;
    @JsonIgnore
    private Quantity convertedValue;

    public Amount getAmount() {
        return amount;
    }

    public Amount getConverted() {
        return converted;
    }

    public String getRate() {
        return rate;
    }

    public Period getOn() {
        return on;
    }

    /** The amount as stated, in its own currency. */
    public Quantity getValue() {
        if (value == null) {
            value = stated(amount);
        }
        return value;
    }

    /** The equivalent as stated, in the other currency. */
    public Quantity getConvertedValue() {
        if (convertedValue == null) {
            convertedValue = stated(converted);
        }
        return convertedValue;
    }
}
