package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;
import dev.claimcheck.number.Scale;
import dev.claimcheck.number.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the values of an exchange-rate series are: so many units of one currency ({@code unit}) per one
 * unit of another ({@code per}), e.g. 7.1884 yuan per US$. Declared in reference data on the series
 * ({@code rate: {unit: yuan, per: US$}}); its values are plain numbers, and the declaration gives them
 * their currencies. One fact of this type is in the rule session for each such series.
 */
public final class ExchangeRate {
    private final String series;
    private final Unit unit;
    private final Unit per;

    /** The currencies a rate can be declared in, by the words messages use for them. */
    public static final List<Unit> CURRENCIES = Arrays.stream(Unit.values()).filter(Unit::isCurrency).toList();

    public ExchangeRate(String series, Unit unit, Unit per) {
        this.series = series;
        this.unit = unit;
        this.per = per;
    }

    /** The currency a declaration names: its word ("US$", "yuan") or its code ("USD", "CNY"). */
    public static Optional<Unit> currency(String written) {
        return CURRENCIES.stream().filter(c -> c.word().equalsIgnoreCase(written) || c.name().equalsIgnoreCase(written))
                .findFirst();
    }

    /** The id of the series whose values this rate gives. */
    public String getSeries() {
        return series;
    }

    /** The currency a value counts: yuan in "7.1884 yuan per US$". */
    public Unit getUnit() {
        return unit;
    }

    /** The currency one unit of which the value is worth: US$ in "7.1884 yuan per US$". */
    public Unit getPer() {
        return per;
    }

    /** Whether the rate turns an amount in one currency into the other: either way between its two. */
    public boolean converts(Unit from, Unit into) {
        return from == per && into == unit || from == unit && into == per;
    }

    /**
     * The amount in the other currency at the given value of the rate, read in the given scale:
     * multiplied from the {@code per} currency, divided from the {@code unit} one. Only for an amount
     * this rate {@link #converts}.
     */
    public Quantity convert(Quantity amount, Quantity value, Scale into) {
        if (amount.getUnit() == per) {
            return amount.times(value, unit, into);
        }
        if (amount.getUnit() == unit) {
            return amount.dividedBy(value, per, into);
        }
        throw new IllegalArgumentException(amount + " is in neither currency of " + this);
    }

    /** "yuan per US$". */
    public String describe() {
        return unit.word() + " per " + per.word();
    }

    /** Why a conversion between these units cannot use this rate, for findings. */
    public String mismatch(Unit from, Unit into) {
        return "converts " + from.word() + " to " + into.word() + ", but " + series + " is a rate of " + describe()
                + ", which converts only " + per.word() + " to " + unit.word() + " or " + unit.word() + " to "
                + per.word();
    }

    @Override
    public String toString() {
        return "ExchangeRate(" + series + ": " + describe() + ")";
    }
}
