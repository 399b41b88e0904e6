package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;

/** "A surplus of US$992.2 billion, more than a third of which was with the US": a part over its whole. */
@JsonTypeName("share")
public class ShareClaim extends RatioClaim {
    /** The id of the level claim of the part. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String part;
    /** The id of the level claim of the whole. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String whole;
    /** The share as written: "more than a third", "36 per cent". */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;

    public String getPart() {
        return part;
    }

    public String getWhole() {
        return whole;
    }

    @Override
    public String getNumerator() {
        return part;
    }

    @Override
    public String getDenominator() {
        return whole;
    }

    @Override
    public Amount getAmount() {
        return amount;
    }
}
