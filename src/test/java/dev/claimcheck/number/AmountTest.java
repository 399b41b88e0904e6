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

    /** Ratios in words are exact counts read to within five per cent: the precision of a rounded fraction. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a third            | EXACT     | 1 | 3 | 0.3166666666666666666666666666666666 | 0.35
            one third          | EXACT     | 1 | 3 | 0.3166666666666666666666666666666666 | 0.35
            more than a third  | MORE_THAN | 1 | 3 | 0.3166666666666666666666666666666666 |
            two-thirds         | EXACT     | 2 | 3 | 0.6333333333333333333333333333333333 | 0.7
            Two thirds         | EXACT     | 2 | 3 | 0.6333333333333333333333333333333333 | 0.7
            half               | EXACT     | 1 | 2 | 0.475                                | 0.525
            less than half     | LESS_THAN | 1 | 2 |                                      | 0.525
            a quarter          | EXACT     | 1 | 4 | 0.2375                               | 0.2625
            three quarters     | EXACT     | 3 | 4 | 0.7125                               | 0.7875
            a fifth            | EXACT     | 1 | 5 | 0.19                                 | 0.21
            double             | EXACT     | 2 | 1 | 1.9                                  | 2.1
            more than double   | MORE_THAN | 2 | 1 | 1.9                                  |
            twice              | EXACT     | 2 | 1 | 1.9                                  | 2.1
            triple             | EXACT     | 3 | 1 | 2.85                                 | 3.15
            nearly three times | ABOUT     | 3 | 1 | 2.85                                 | 3.15
            2.5 times          | EXACT     | 2.5 | 1 | 2.45                               | 2.55
            """)
    void readsRatiosInWordsAsCounts(String text, Qualifier qualifier, String numerator, int denominator, String low,
                                    String high) {
        Amount amount = Amount.parse(text);
        assertEquals(qualifier, amount.getQualifier());
        assertEquals(Unit.COUNT, amount.getUnit());
        assertEquals(0, new BigDecimal(numerator).compareTo(amount.getFigure()));
        assertEquals(denominator, amount.getDenominator());
        Quantity q = amount.quantity(null);
        assertBoundOrOpen(low, q.getLow());
        assertBoundOrOpen(high, q.getHigh());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a surplus of US$992.2 billion, more than a third of which was with the US | US$992.2 billion, more than a third
            exports more than doubled, to nearly three times the level of 2015       | more than doubled, nearly three times, 2015
            imports were 2.5 times higher                                             | 2.5 times
            in the fourth quarter and the first half                                  | half
            a parity of 7.1884 yuan per dollar, and 25.45 trillion yuan of exports     | 7.1884, 25.45 trillion yuan
            """)
    void findsRatiosInWordsInText(String text, String expected) {
        assertEquals(expected, String.join(", ", Amount.findIn(text).stream().map(Amount::getText).toList()));
    }

    @Test
    void aRatioInWordsIsStatedOnlyByTheSameRatio() {
        assertTrue(Amount.parse("a third").isStatedBy(Amount.parse("one third")));
        assertTrue(!Amount.parse("a third").isStatedBy(Amount.parse("a quarter")));
        assertTrue(!Amount.parse("two-thirds").isStatedBy(Amount.parse("2")));
        assertTrue(!Amount.parse("3 times").isStatedBy(Amount.parse("three times")));
    }

    private static void assertBoundOrOpen(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
        }
    }

    private static void assertBounds(Quantity q, String low, String high) {
        assertEquals(0, new BigDecimal(low).compareTo(q.getLow()), "low bound of " + q);
        assertEquals(0, new BigDecimal(high).compareTo(q.getHigh()), "high bound of " + q);
    }
}
