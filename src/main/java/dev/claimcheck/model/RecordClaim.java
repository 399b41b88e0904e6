package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Quantity;

/**
 * "A record US$992.2 billion in 2024", "the highest since 2008", "for the first time above 25 trillion
 * yuan": a level that is also the series' extreme, over its whole history or since a period, or the
 * first to pass a threshold. The level itself is checked as any level is.
 */
@JsonTypeName("record")
public class RecordClaim extends LevelClaim {
    @Quoted(Quoted.WrittenAs.EXTREME)
    private Extreme extreme = Extreme.HIGHEST;
    /** "Highest since 2008": beyond every period after this one, and this one's value at least as high. */
    @Quoted(Quoted.WrittenAs.PERIOD)
    private Period since;
    /** "For the first time above 25 trillion": above this, and every earlier period at or below it. */
    @Quoted(Quoted.WrittenAs.AMOUNT)
    private Amount above;

    public Extreme getExtreme() {
        return extreme;
    }

    public Period getSince() {
        return since;
    }

    public Amount getAbove() {
        return above;
    }

    /** The threshold of "first time above", as the exact figure written (not an interval): null without one. */
    public Quantity getThreshold() {
        return above == null ? null : Quantity.exact(above.getScale().toBase(above.getFigure()), above.getUnit())
                .named("the threshold " + above.getText());
    }
}
