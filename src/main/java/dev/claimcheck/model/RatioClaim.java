package dev.claimcheck.model;

import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/**
 * A claim that one claimed level is a stated ratio of another: a share ("more than a third of which")
 * or a multiple ("more than double"). Rules join the two level claims by id and check their quotient.
 */
public abstract class RatioClaim extends Claim {
    /** The id of the level claim above the fraction line. */
    public abstract String getNumerator();

    /** The id of the level claim below the fraction line. */
    public abstract String getDenominator();

    /** The ratio as written: "a third", "36 per cent", "more than double". */
    public abstract Amount getAmount();

    /** The stated ratio as an interval, in per cent or as a count, labelled with the claim. */
    public Quantity getValue() {
        return stated(getAmount());
    }

    /** The quotient of two levels in the unit of the stated ratio, with the arithmetic shown. */
    public Quantity ratioOf(Level numerator, Level denominator) {
        return numerator.getValue().ratioTo(denominator.getValue(), getAmount().getUnit());
    }
}
