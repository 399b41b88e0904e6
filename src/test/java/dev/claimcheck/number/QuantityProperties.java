package dev.claimcheck.number;

import static dev.claimcheck.SeededTries.decimal;
import static dev.claimcheck.SeededTries.decimalEdges;
import static dev.claimcheck.SeededTries.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.claimcheck.SeededTries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interval arithmetic never calls a correctly rounded figure wrong, and always catches a real error.
 * Each property tries every combination of its inputs' edge values, then random inputs, 2000 cases in
 * all, from a fixed seed (see {@link SeededTries}).
 */
class QuantityProperties {
    private static final int TRIES = 2000;
    private static long seed;

    @BeforeAll
    static void announce() {
        seed = SeededTries.seed();
        SeededTries.announce(QuantityProperties.class, seed, TRIES + " tries per property");
    }

    /** Writes an exact value as a writer would: rounded to the given decimals, in billions. */
    private static Quantity written(BigDecimal exactBillions, int decimals, String label) {
        BigDecimal rounded = exactBillions.setScale(decimals, RoundingMode.HALF_UP);
        return Amount.parse("US$" + rounded.toPlainString() + " billion").quantity(Provenance.claim(label));
    }

    /** earlier in [0, 1000] and change in [-200, 200], both with 4 decimals; decimals written in [0, 2]. */
    record RoundedCase(BigDecimal earlier, BigDecimal change, int decimalsOfLevels, int decimalsOfChange) {
    }

    @Test
    void roundedFiguresOfExactValuesAreNeverInconsistent() {
        List<RoundedCase> edges = new ArrayList<>();
        for (BigDecimal earlier : decimalEdges("0", "1000", 4)) {
            for (BigDecimal change : decimalEdges("-200", "200", 4)) {
                for (int decimalsOfLevels : ints(0, 2)) {
                    for (int decimalsOfChange : ints(0, 2)) {
                        edges.add(new RoundedCase(earlier, change, decimalsOfLevels, decimalsOfChange));
                    }
                }
            }
        }
        SeededTries.forAll("roundedFiguresOfExactValuesAreNeverInconsistent", seed, TRIES, edges,
                random -> new RoundedCase(decimal(random, "0", "1000", 4), decimal(random, "-200", "200", 4),
                        random.nextInt(0, 3), random.nextInt(0, 3)),
                c -> roundedFiguresOfExactValuesAreNeverInconsistent(
                        c.earlier(), c.change(), c.decimalsOfLevels(), c.decimalsOfChange()));
    }

    private static void roundedFiguresOfExactValuesAreNeverInconsistent(
            BigDecimal earlier, BigDecimal change, int decimalsOfLevels, int decimalsOfChange) {
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

    /** earlier in [0, 1000], change in [-200, 200] and error in [0.3, 50], all with 1 decimal. */
    record MisstatedCase(BigDecimal earlier, BigDecimal change, BigDecimal error) {
    }

    @Test
    void aChangeMisstatedByMoreThanTheCombinedPrecisionIsAlwaysCaught() {
        List<MisstatedCase> edges = new ArrayList<>();
        for (BigDecimal earlier : decimalEdges("0", "1000", 1)) {
            for (BigDecimal change : decimalEdges("-200", "200", 1)) {
                for (BigDecimal error : decimalEdges("0.3", "50", 1)) {
                    edges.add(new MisstatedCase(earlier, change, error));
                }
            }
        }
        SeededTries.forAll("aChangeMisstatedByMoreThanTheCombinedPrecisionIsAlwaysCaught", seed, TRIES, edges,
                random -> new MisstatedCase(decimal(random, "0", "1000", 1), decimal(random, "-200", "200", 1),
                        decimal(random, "0.3", "50", 1)),
                c -> aChangeMisstatedByMoreThanTheCombinedPrecisionIsAlwaysCaught(c.earlier(), c.change(), c.error()));
    }

    private static void aChangeMisstatedByMoreThanTheCombinedPrecisionIsAlwaysCaught(
            BigDecimal earlier, BigDecimal change, BigDecimal error) {
        // Figures with one decimal: each stands for +/- 0.05, so two levels and a change allow 0.15 in all.
        Quantity earlierWritten = written(earlier, 1, "earlier");
        Quantity laterWritten = written(earlier.add(change), 1, "later");
        Quantity wrongChange = written(change.add(error), 1, "wrong change");
        assertEquals(Outcome.FAILS, wrongChange.checkEquals(laterWritten.minus(earlierWritten)).getOutcome());
        Quantity otherWay = written(change.subtract(error), 1, "wrong change");
        assertEquals(Outcome.FAILS, otherWay.checkEquals(laterWritten.minus(earlierWritten)).getOutcome());
    }
}
