package dev.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Interval arithmetic never calls a correctly rounded figure wrong, and always catches a real error. */
class QuantityProperties {
    /** Writes an exact value as a writer would: rounded to the given decimals, in billions. */
    private static Quantity written(BigDecimal exactBillions, int decimals, String label) {
        BigDecimal rounded = exactBillions.setScale(decimals, RoundingMode.HALF_UP);
        return Amount.parse("US$" + rounded.toPlainString() + " billion").quantity(Provenance.claim(label));
    }

    @Property(tries = 2000)
    void roundedFiguresOfExactValuesAreNeverInconsistent(
            @ForAll @BigRange(min = "0", max = "1000") @Scale(4) BigDecimal earlier,
            @ForAll @BigRange(min = "-200", max = "200") @Scale(4) BigDecimal change,
            @ForAll @IntRange(min = 0, max = 2) int decimalsOfLevels,
            @ForAll @IntRange(min = 0, max = 2) int decimalsOfChange) {
        BigDecimal later = earlier.add(change);
        Quantity earlierWritten = written(earlier, decimalsOfLevels, "earlier");
        Quantity laterWritten = written(later, decimalsOfLevels, "later");
        Quantity changeWritten = written(change, decimalsOfChange, "change");
        assertNotEquals(Outcome.FAILS, changeWritten.checkEquals(laterWritten.minus(earlierWritten)).getOutcome());
        assertNotEquals(Outcome.FAILS, earlierWritten.checkEquals(laterWritten.minus(changeWritten)).getOutcome());
        if (change.signum() > 0) {
            assertNotEquals(Outcome.FAILS, earlierWritten.checkAtMost(laterWritten).getOutcome());
        }
    }

    @Property(tries = 2000)
    void aChangeMisstatedByMoreThanTheCombinedPrecisionIsAlwaysCaught(
            @ForAll @BigRange(min = "0", max = "1000") @Scale(1) BigDecimal earlier,
            @ForAll @BigRange(min = "-200", max = "200") @Scale(1) BigDecimal change,
            @ForAll @BigRange(min = "0.3", max = "50") @Scale(1) BigDecimal error) {
        // Figures with one decimal: each stands for +/- 0.05, so two levels and a change allow 0.15 in all.
        Quantity earlierWritten = written(earlier, 1, "earlier");
        Quantity laterWritten = written(earlier.add(change), 1, "later");
        Quantity wrongChange = written(change.add(error), 1, "wrong change");
        assertEquals(Outcome.FAILS, wrongChange.checkEquals(laterWritten.minus(earlierWritten)).getOutcome());
        Quantity otherWay = written(change.subtract(error), 1, "wrong change");
        assertEquals(Outcome.FAILS, otherWay.checkEquals(laterWritten.minus(earlierWritten)).getOutcome());
    }
}
