package dev.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Interval products, quotients and per-cent changes: exact bounds that hold every value the inputs allow. */
class QuantityArithmeticTest {
    @Test
    void aPerCentChangeSpansEveryPairOfValuesTheLevelsAllow() {
        // US$3.38 trillion to US$3.58 trillion: between (3.575 / 3.385 − 1) and (3.585 / 3.375 − 1).
        Quantity change = stated("US$3.58 trillion").percentChangeFrom(stated("US$3.38 trillion"));
        assertEquals(Unit.PERCENT, change.getUnit());
        assertEquals(new BigDecimal("3.575").divide(new BigDecimal("3.385"), new java.math.MathContext(34, java.math.RoundingMode.FLOOR))
                .subtract(BigDecimal.ONE).movePointRight(2), change.getLow());
        assertTrue(change.getHigh().compareTo(new BigDecimal("6.2222222")) > 0 && change.getHigh().compareTo(new BigDecimal("6.2222223")) < 0);
        assertTrue(stated("5.9 per cent").checkEquals(change).holds());
        assertTrue(stated("8.9 per cent").checkEquals(change).fails());
        assertTrue(change.getExpression().contains("÷"), change.getExpression());
    }

    @Test
    void anExactQuotientIsExactAndARepeatingOneIsRoundedOutwards() {
        Quantity half = Quantity.exact(BigDecimal.ONE, Unit.COUNT).dividedBy(Quantity.exact(BigDecimal.valueOf(2), Unit.COUNT), Unit.COUNT, Scale.ONE);
        assertEquals(0, half.getLow().compareTo(new BigDecimal("0.5")));
        assertEquals(0, half.getHigh().compareTo(new BigDecimal("0.5")));
        Quantity third = Quantity.exact(BigDecimal.ONE, Unit.COUNT).dividedBy(Quantity.exact(BigDecimal.valueOf(3), Unit.COUNT), Unit.COUNT, Scale.ONE);
        assertTrue(third.getLow().multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) < 0);
        assertTrue(third.getHigh().multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) > 0);
    }

    @Test
    void aConversionCarriesThePrecisionOfBothInputs() {
        // 25.45 trillion yuan at 7.1884 yuan per US$ is about US$3.540 trillion.
        Quantity dollars = stated("25.45 trillion yuan").dividedBy(stated("7.1884"), Unit.USD, Scale.TRILLION);
        assertEquals(Unit.USD, dollars.getUnit());
        assertTrue(stated("US$3.54 trillion").checkEquals(dollars).holds());
        assertTrue(stated("US$3.72 trillion").checkEquals(dollars).fails());
        Quantity yuan = stated("US$3.54 trillion").times(stated("7.1884"), Unit.CNY, Scale.TRILLION);
        assertTrue(stated("25.45 trillion yuan").checkEquals(yuan).holds());
    }

    @Test
    void signsAreHandledAtEveryCorner() {
        Quantity product = stated("-2").times(stated("3"), Unit.COUNT, Scale.ONE);
        assertEquals(0, product.getLow().compareTo(new BigDecimal("-8.75")));
        assertEquals(0, product.getHigh().compareTo(new BigDecimal("-3.75")));
    }

    @Test
    void aDivisorThatMayBeZeroOrAnOpenBoundGivesAnUnboundedResult() {
        Quantity byZero = stated("5").dividedBy(stated("0"), Unit.COUNT, Scale.ONE);
        assertNull(byZero.getLow());
        assertNull(byZero.getHigh());
        Quantity open = stated("up to 15 per cent").times(stated("2"), Unit.PERCENT, Scale.ONE);
        assertNull(open.getLow());
        assertTrue(stated("20 per cent").checkEquals(open).holds(), "an open bound decides nothing against it");
    }

    private static Quantity stated(String text) {
        return Amount.parse(text).quantity(null);
    }
}
