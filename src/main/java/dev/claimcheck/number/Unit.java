package dev.claimcheck.number;

import java.util.Locale;

/** What a quantity counts. Quantities of different units never combine or compare. */
public enum Unit {
    USD("US$", ""),
    CNY("", " yuan"),
    PERCENT("", " per cent"),
    PERCENTAGE_POINT("", " percentage points"),
    COUNT("", "");

    private final String prefix;
    private final String suffix;

    Unit(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /** Writes a number with this unit's sign, e.g. {@code US$295.4 billion} or {@code 10 per cent}. */
    public String format(String number, Scale scale) {
        boolean negative = number.startsWith("-");
        String magnitude = negative ? number.substring(1) : number;
        String scaled = scale == Scale.ONE ? magnitude : magnitude + " " + scale.word();
        return (negative ? "−" : "") + prefix + scaled + suffix;
    }

    /** How messages name the unit: "US$", "yuan", "per cent". */
    public String word() {
        return switch (this) {
            case USD -> "US$";
            case CNY -> "yuan";
            case PERCENT -> "per cent";
            case PERCENTAGE_POINT -> "percentage points";
            case COUNT -> "plain numbers";
        };
    }

    /** The unit of a difference of two values of this unit: percentage points for per cent, else this unit. */
    public Unit changeUnit() {
        return this == PERCENT ? PERCENTAGE_POINT : this;
    }

    /** Whether amounts in this unit are money, which an exchange rate converts. */
    public boolean isCurrency() {
        return this == USD || this == CNY;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
