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

    /** A stated figure stands for every value that rounds to it; "about" widens it to five per cent. */
    @ParameterizedTest
    @CsvSource({"US$295.4 billion, 295350000000, 295450000000", "about US$300 billion, 285000000000, 315000000000"})
    void aStatedFigureStandsForEveryValueItAllows(String text, String low, String high) {
        assertBounds(stated(text), low, high);
    }

    @Test
    void arithmeticIsExact() {
        Quantity sum = stated("US$279.1 billion").plus(stated("US$16.3 billion"));
        assertEquals(0, new BigDecimal("295400000000").compareTo(sum.getMidpoint()));
        assertEquals("US$295.4 ± 0.1 billion", sum.getValueText());
    }

    @Test
    void differenceAddsUpBothHalfUnits() {
        Quantity d = stated("US$295.4 billion").minus(stated("US$16.3 billion"));
        assertBounds(d, "279000000000", "279200000000");
    }

    @Test
    void upToIsAnUpperBound() {
        Quantity q = stated("up to 15 per cent");
        assertNull(q.getLow());
        assertEquals(0, new BigDecimal("15.5").compareTo(q.getHigh()));
        assertEquals(Outcome.HOLDS, stated("10%").checkEquals(q).getOutcome());
        assertEquals(Outcome.FAILS, stated("17%").checkEquals(q).getOutcome());
    }

    @Test
    void comparisonsHaveThreeAnswers() {
        Quantity low = stated("US$295.4 billion");
        Quantity peak = stated("US$418.2 billion");
        Quantity near = stated("about US$420 billion");
        assertEquals(Outcome.HOLDS, low.checkBelow(peak).getOutcome());
        assertEquals(Outcome.FAILS, peak.checkBelow(low).getOutcome());
        assertEquals(Outcome.UNDECIDED, near.checkBelow(peak).getOutcome());
    }

    @Test
    void percentAndPercentagePointsNeverMix() {
        Quantity percent = stated("10 per cent");
        Quantity points = stated("3.2 percentage points");
        IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class, () -> percent.minus(points));
        assertTrue(e.getMessage().contains("percent and percentage point"), e.getMessage());
        assertThrows(IncompatibleUnitsException.class,
                () -> stated("US$1 trillion").checkEquals(stated("7 trillion yuan")));
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

    private static Quantity stated(String text) {
        return Amount.parse(text).quantity(Provenance.claim(text));
    }

    private static void assertBounds(Quantity q, String low, String high) {
        assertEquals(0, new BigDecimal(low).compareTo(q.getLow()), "low bound of " + q);
        assertEquals(0, new BigDecimal(high).compareTo(q.getHigh()), "high bound of " + q);
    }
}
