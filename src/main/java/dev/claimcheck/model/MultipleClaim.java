package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;

/** "Exports more than doubled from 2015", "nearly three times the 2015 level": one level a multiple of another. */
@JsonTypeName("multiple")
public class MultipleClaim extends RatioClaim {
    /** The id of the level claim that is the multiple (usually the later one). */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String subject;
    /** The id of the level claim it is a multiple of (usually the earlier one). */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String base;
    /** The factor as written: "double", "more than double", "nearly three times", "2.5 times". */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount amount;

    public String getSubject() {
        return subject;
    }

    public String getBase() {
        return base;
    }

    @Override
    public String getNumerator() {
        return subject;
    }

    @Override
    public String getDenominator() {
        return base;
    }

    @Override
    public Amount getAmount() {
        return amount;
    }
}
