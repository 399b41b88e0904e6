package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.number.Amount;
import dev.claimcheck.number.IncompatibleUnitsException;
import dev.claimcheck.number.Quantity;
import dev.claimcheck.number.Scale;
import dev.claimcheck.number.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRateTest {
    private static final ExchangeRate YUAN_PER_DOLLAR = new ExchangeRate("parity", Unit.CNY, Unit.USD);

    private static Quantity stated(String text) {
        return Amount.parse(text).quantity(null);
    }

    @Test
    void yuanAreDividedAndDollarsMultipliedAtEveryBound() {
        // [25.445, 25.455] trillion / [7.18835, 7.18845], rounded outwards.
        Quantity dollars = YUAN_PER_DOLLAR.convert(stated("25.45 trillion yuan"), stated("7.1884"), Scale.TRILLION);
        assertEquals(Unit.USD, dollars.getUnit());
        assertEquals(Scale.TRILLION, dollars.getScale());
        // 25.445 / 7.18845 and 25.455 / 7.18835, each rounded outwards at 34 significant digits.
        assertEquals(0, new BigDecimal("3539706056243.000925095117862682497").compareTo(dollars.getLow()));
        assertEquals(0, new BigDecimal("3541146438334.249167055026535992266").compareTo(dollars.getHigh()), dollars.getHigh().toPlainString());
        assertTrue(stated("US$3.54 trillion").checkEquals(dollars).holds());
        assertFalse(stated("US$3.72 trillion").checkEquals(dollars).holds());

        Quantity yuan = YUAN_PER_DOLLAR.convert(stated("US$3.54 trillion"), stated("7.1884"), Scale.TRILLION);
        assertEquals(Unit.CNY, yuan.getUnit());
        // [3.535, 3.545] x [7.18835, 7.18845] = [25.41081725, 25.48305525] trillion, exact.
        assertEquals(0, new BigDecimal("25.41081725e12").compareTo(yuan.getLow()));
        assertEquals(0, new BigDecimal("25.48305525e12").compareTo(yuan.getHigh()));
    }

    @ParameterizedTest
    @CsvSource({"USD, CNY, true", "CNY, USD, true", "USD, USD, false", "CNY, CNY, false", "COUNT, USD, false", "PERCENT, CNY, false"})
    void convertsOnlyBetweenItsTwoCurrencies(Unit from, Unit into, boolean converts) {
        assertEquals(converts, YUAN_PER_DOLLAR.converts(from, into));
    }

    @Test
    void anAmountInNeitherCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> YUAN_PER_DOLLAR.convert(stated("10 per cent"), stated("7.1884"), Scale.ONE));
    }

    @ParameterizedTest
    @CsvSource({"US$, USD", "yuan, CNY", "USD, USD", "cny, CNY", "yen, ", "per cent, "})
    void declarationsNameCurrenciesByWordOrCode(String written, Unit currency) {
        assertEquals(Optional.ofNullable(currency), ExchangeRate.currency(written));
    }

    @Test
    void aMismatchSaysWhichWaysTheRateGoes() {
        assertEquals("converts US$ to US$, but parity is a rate of yuan per US$, which converts only US$ to yuan or"
                + " yuan to US$", YUAN_PER_DOLLAR.mismatch(Unit.USD, Unit.USD));
    }

    @Test
    void mixedCurrenciesNameBothValuesAndTheWayOut() {
        IncompatibleUnitsException mix = assertThrows(IncompatibleUnitsException.class,
                () -> stated("25.45 trillion yuan").minus(stated("US$3.58 trillion")));
        assertEquals("cannot subtract 25.45 trillion yuan and US$3.58 trillion: yuan and US$ never mix without an"
                + " exchange rate (a conversion claim states an amount in the other currency)", mix.describe());
        IncompatibleUnitsException points = assertThrows(IncompatibleUnitsException.class,
                () -> stated("10 per cent").checkEquals(stated("3 percentage points")));
        assertEquals("cannot compare 10 per cent and 3 percentage points: per cent and percentage points never mix",
                points.describe());
    }
}
