package dev.claimcheck.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            US$295.4 billion      | EXACT    | 295.4   | BILLION  | USD
            $16.3bn               | EXACT    | 16.3    | BILLION  | USD
            US$370 billion        | EXACT    | 370     | BILLION  | USD
            10 per cent           | EXACT    | 10      | ONE      | PERCENT
            15%                   | EXACT    | 15      | ONE      | PERCENT
            up to 15 per cent     | UP_TO    | 15      | ONE      | PERCENT
            3.2 percentage points | EXACT    | 3.2     | ONE      | PERCENTAGE_POINT
            1.2 trillion yuan     | EXACT    | 1.2     | TRILLION | CNY
            about US$300 billion  | ABOUT    | 300     | BILLION  | USD
            some US$370 billion   | ABOUT    | 370     | BILLION  | USD
            US$295,401.6 million  | EXACT    | 295401.6| MILLION  | USD
            """)
    void readsTheFormsWritersUse(String text, Qualifier qualifier, String figure, Scale scale, Unit unit) {
        Amount amount = Amount.parse(text);
        assertEquals(qualifier, amount.getQualifier());
        assertEquals(new BigDecimal(figure), amount.getFigure());
        assertEquals(scale, amount.getScale());
        assertEquals(unit, amount.getUnit());
        assertEquals(text, amount.getText());
    }

    @Test
    void aStatedFigureStandsForEveryValueThatRoundsToIt() {
        Quantity q = Amount.parse("US$295.4 billion").quantity(Provenance.claim("x"));
        assertEquals(0, new BigDecimal("295350000000").compareTo(q.getLow()));
        assertEquals(0, new BigDecimal("295450000000").compareTo(q.getHigh()));
    }

    @Test
    void arithmeticIsExact() {
        Quantity sum = Amount.parse("US$279.1 billion").quantity(Provenance.claim("a")).plus(Amount.parse("US$16.3 billion").quantity(Provenance.claim("b")));
        assertEquals(0, new BigDecimal("295400000000").compareTo(sum.getMidpoint()));
        assertEquals("US$295.4 ± 0.1 billion", sum.getValueText());
    }

    @Test
    void differenceAddsUpBothHalfUnits() {
        Quantity d = Amount.parse("US$295.4 billion").quantity(Provenance.claim("a")).minus(Amount.parse("US$16.3 billion").quantity(Provenance.claim("b")));
        assertEquals(0, new BigDecimal("279000000000").compareTo(d.getLow()));
        assertEquals(0, new BigDecimal("279200000000").compareTo(d.getHigh()));
    }

    @Test
    void aboutWidensToFivePerCent() {
        Quantity q = Amount.parse("about US$300 billion").quantity(Provenance.claim("x"));
        assertEquals(0, new BigDecimal("285000000000").compareTo(q.getLow()));
        assertEquals(0, new BigDecimal("315000000000").compareTo(q.getHigh()));
    }

    @Test
    void upToIsAnUpperBound() {
        Quantity q = Amount.parse("up to 15 per cent").quantity(Provenance.claim("x"));
        assertNull(q.getLow());
        assertEquals(0, new BigDecimal("15.5").compareTo(q.getHigh()));
        assertEquals(Outcome.HOLDS, Amount.parse("10%").quantity(Provenance.claim("y")).checkEquals(q).getOutcome());
        assertEquals(Outcome.FAILS, Amount.parse("17%").quantity(Provenance.claim("y")).checkEquals(q).getOutcome());
    }

    @Test
    void comparisonsHaveThreeAnswers() {
        Quantity low = Amount.parse("US$295.4 billion").quantity(Provenance.claim("a"));
        Quantity peak = Amount.parse("US$418.2 billion").quantity(Provenance.claim("b"));
        Quantity near = Amount.parse("about US$420 billion").quantity(Provenance.claim("c"));
        assertEquals(Outcome.HOLDS, low.checkBelow(peak).getOutcome());
        assertEquals(Outcome.FAILS, peak.checkBelow(low).getOutcome());
        assertEquals(Outcome.UNDECIDED, near.checkBelow(peak).getOutcome());
    }

    @Test
    void percentAndPercentagePointsNeverMix() {
        Quantity percent = Amount.parse("10 per cent").quantity(Provenance.claim("a"));
        Quantity points = Amount.parse("3.2 percentage points").quantity(Provenance.claim("b"));
        IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class, () -> percent.minus(points));
        assertTrue(e.getMessage().contains("percent and percentage point"), e.getMessage());
        assertThrows(IncompatibleUnitsException.class,
                () -> Amount.parse("US$1 trillion").quantity(Provenance.claim("a")).checkEquals(Amount.parse("7 trillion yuan").quantity(Provenance.claim("b"))));
    }

    @ParameterizedTest
    @CsvSource({"'295.4 billion dollars yuan'", "'US$ billion'", "'ten per cent'", "''", "'US$295.4 billion yuan'"})
    void refusesWhatItCannotRead(String text) {
        assertThrows(AmountFormatException.class, () -> Amount.parse(text));
    }

    @Test
    void refusesAbsurdlyLongNumbersQuickly() {
        String digits = "9".repeat(5000);
        AmountFormatException e = assertThrows(AmountFormatException.class, () -> Amount.parse(digits));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
        assertThrows(AmountFormatException.class, () -> Amount.parse("1e999999999"));
    }

    @Test
    void aChainShowsItsInputs() {
        Quantity implied = Amount.parse("US$295.4 billion").quantity(Provenance.claim("level"))
                .minus(Amount.parse("US$16.3 billion").quantity(Provenance.claim("rise"))).named("implied 2023 level");
        assertEquals("implied 2023 level (US$295.4 billion [claim level] − US$16.3 billion [claim rise]"
                + " = US$279.1 ± 0.1 billion)", implied.describe());
        assertEquals(2, implied.getSources().size());
    }
}
