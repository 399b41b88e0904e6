package dev.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shares, multiples and changes of rates: the quantities the rules of per-cent claims compute. */
class QuantityRatioTest {
    private static Quantity stated(String text) {
        return Amount.parse(text).quantity(null);
    }

    @Test
    void aShareIsACountOrAPerCentOfTheWhole() {
        Quantity part = stated("US$361.03 billion");
        Quantity whole = stated("US$992.2 billion");
        Quantity ratio = part.ratioTo(whole, Unit.COUNT);
        assertEquals(Unit.COUNT, ratio.getUnit());
        assertTrue(stated("more than a third").checkEquals(ratio).holds());
        assertTrue(stated("more than half").checkEquals(ratio).fails());
        Quantity perCent = part.ratioTo(whole, Unit.PERCENT);
        assertEquals(Unit.PERCENT, perCent.getUnit());
        assertTrue(stated("36 per cent").checkEquals(perCent).holds());
        assertTrue(perCent.getExpression().endsWith(") × 100"), perCent.getExpression());
    }

    @Test
    void aRatioOfDifferentUnitsIsRefused() {
        assertThrows(IncompatibleUnitsException.class, () -> stated("US$3 billion").ratioTo(stated("20 billion yuan"), Unit.COUNT));
        assertThrows(IncompatibleUnitsException.class, () -> stated("US$3 billion").ratioTo(stated("US$9 billion"), Unit.USD));
    }

    @Test
    void aChangeOfARateInPerCentIsInPercentagePoints() {
        Quantity change = stated("5.2 per cent").changeFrom(stated("4.0 per cent"));
        assertEquals(Unit.PERCENTAGE_POINT, change.getUnit());
        assertTrue(stated("1.2 percentage points").checkEquals(change).holds());
        assertEquals("1.2 ± 0.1 percentage points", change.getValueText());
        assertEquals(Unit.USD, stated("US$5 billion").changeFrom(stated("US$4 billion")).getUnit());
    }

    @Test
    void aLevelLessAChangeInPointsIsTheEarlierRate() {
        Quantity earlier = stated("5.2 per cent").lessChange(stated("1.2 percentage points"));
        assertEquals(Unit.PERCENT, earlier.getUnit());
        assertEquals(0, new BigDecimal("4.0").compareTo(earlier.getMidpoint()));
        assertThrows(IncompatibleUnitsException.class, () -> stated("5.2 per cent").lessChange(stated("1.2 per cent")));
    }
}
