package dev.claimcheck.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An amount as a writer stated it: "US$295.4 billion", "up to 15 per cent", "about US$300 billion".
 * It keeps the figure as written, its unit, scale, hedge and the precision its digits imply, and
 * turns into a {@link Quantity} (an interval) for arithmetic and comparison.
 */
public final class Amount {
    /** "About" widens a figure to at least this share of it on each side. */
    static final BigDecimal ABOUT_SHARE = new BigDecimal("0.05");
    /**
     * A ratio in words ("a third", "double", "three times") has no digits to be precise to: a writer
     * rounds to the nearest simple fraction or whole multiple, so it stands for the values within this
     * share of it on each side, as "about" does: "a third" is [0.3167, 0.35], "double" [1.9, 2.1].
     */
    static final BigDecimal WORDS_SHARE = ABOUT_SHARE;
    private static final MathContext DOWNWARD = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext UPWARD = new MathContext(34, RoundingMode.CEILING);

    private final String text;
    private final Qualifier qualifier;
    private final BigDecimal figure;
    private final Scale scale;
    private final Unit unit;
    /** 3 for "a third"; 1 for a figure in digits or a multiple. */
    private final int denominator;
    private final boolean inWords;

    Amount(String text, Qualifier qualifier, BigDecimal figure, Scale scale, Unit unit) {
        this(text, qualifier, figure, scale, unit, 1, false);
    }

    private Amount(String text, Qualifier qualifier, BigDecimal figure, Scale scale, Unit unit, int denominator,
                   boolean inWords) {
        this.text = text;
        this.qualifier = qualifier;
        this.figure = figure;
        this.scale = scale;
        this.unit = unit;
        this.denominator = denominator;
        this.inWords = inWords;
    }

    /** A count written in words: "a third" is 1 over 3, "three times" 3 over 1. */
    static Amount inWords(String text, Qualifier qualifier, int numerator, int denominator) {
        return new Amount(text, qualifier, BigDecimal.valueOf(numerator), Scale.ONE, Unit.COUNT, denominator, true);
    }

    public static Amount parse(String text) {
        return AmountParser.parse(text);
    }

    /** Every amount written in a text, e.g. a quote, in order. */
    public static List<Amount> findIn(String text) {
        return AmountParser.findAll(text);
    }

    /**
     * Whether a figure written in a text states this amount: the same number, hedge, scale and unit,
     * where the text gives a scale or unit ("295.4" and "295.4 bn" state US$295.4 billion; "10%" states
     * 10 per cent; "295.5", "about 295.4" and "295.4 million" do not).
     */
    public boolean isStatedBy(Amount written) {
        return figure.compareTo(written.figure) == 0 && denominator == written.denominator
                && inWords == written.inWords && qualifier == written.qualifier
                && (written.scale == scale || written.scale == Scale.ONE)
                && (written.unit == unit || written.unit == Unit.COUNT);
    }

    /** The words as written, e.g. "US$295.4 billion". */
    public String getText() {
        return text;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    /** The number below the fraction line of a fraction in words: 3 for "two-thirds"; 1 otherwise. */
    public int getDenominator() {
        return denominator;
    }

    /** Whether the amount is a ratio written in words ("a third", "double"), read to {@link #WORDS_SHARE}. */
    public boolean isInWords() {
        return inWords;
    }

    /** The number as written, before its scale: 295.4 for "US$295.4 billion"; the numerator of a fraction. */
    public BigDecimal getFigure() {
        return figure;
    }

    public Scale getScale() {
        return scale;
    }

    public Unit getUnit() {
        return unit;
    }

    /** Half of one unit of the last digit written, in base units: 0.05 billion for "295.4 billion". */
    public BigDecimal getHalfUnit() {
        return scale.toBase(BigDecimal.ONE.movePointLeft(figure.scale()).divide(BigDecimal.valueOf(2)));
    }

    /** The interval of exact values the statement allows, hedge included, labelled with its source. */
    public Quantity quantity(Provenance source) {
        if (inWords) {
            return wordsQuantity(source);
        }
        BigDecimal centre = scale.toBase(figure);
        BigDecimal half = getHalfUnit();
        return switch (qualifier) {
            case EXACT -> Quantity.stated(centre.subtract(half), centre.add(half), unit, scale, text, source);
            case ABOUT -> {
                BigDecimal wide = half.max(centre.abs().multiply(ABOUT_SHARE));
                yield Quantity.stated(centre.subtract(wide), centre.add(wide), unit, scale, text, source);
            }
            case UP_TO, LESS_THAN -> Quantity.stated(null, centre.add(half), unit, scale, text, source);
            case AT_LEAST, MORE_THAN -> Quantity.stated(centre.subtract(half), null, unit, scale, text, source);
        };
    }

    /** The ratio within {@link #WORDS_SHARE} of its exact value, rounded outwards; "about" adds nothing to it. */
    private Quantity wordsQuantity(Provenance source) {
        BigDecimal over = BigDecimal.valueOf(denominator);
        BigDecimal low = figure.multiply(BigDecimal.ONE.subtract(WORDS_SHARE)).divide(over, DOWNWARD);
        BigDecimal high = figure.multiply(BigDecimal.ONE.add(WORDS_SHARE)).divide(over, UPWARD);
        return switch (qualifier) {
            case EXACT, ABOUT -> Quantity.stated(low, high, unit, scale, text, source);
            case UP_TO, LESS_THAN -> Quantity.stated(null, high, unit, scale, text, source);
            case AT_LEAST, MORE_THAN -> Quantity.stated(low, null, unit, scale, text, source);
        };
    }

    /** The figure alone, without its hedge: "up to 15 per cent" gives [14.95, 15.05] per cent. */
    public Quantity figureQuantity(Provenance source) {
        return new Amount(text, Qualifier.EXACT, figure, scale, unit, denominator, inWords).quantity(source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
