package dev.claimcheck.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

/**
 * A closed interval of exact values in one unit, together with how it was obtained.
 *
 * <p>A stated figure such as "US$295.4 billion" becomes [295.35, 295.45] billion: every exact value a
 * writer could have rounded to that figure. Arithmetic adds up the widths, so a result carries the
 * combined precision of its inputs. Bounds are kept in base units (dollars, not billions); a missing
 * bound is unbounded ("up to 15 per cent" has no lower bound).
 */
public final class Quantity {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext DOWNWARD = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext UPWARD = new MathContext(34, RoundingMode.CEILING);

    private final BigDecimal low;
    private final BigDecimal high;
    private final Unit unit;
    private final Scale scale;
    private final String text;
    private final String expression;
    private final String name;
    private final Provenance provenance;
    private final List<Quantity> inputs;

    private Quantity(BigDecimal low, BigDecimal high, Unit unit, Scale scale, String text, String expression,
                     String name, Provenance provenance, List<Quantity> inputs) {
        this.low = low;
        this.high = high;
        this.unit = Objects.requireNonNull(unit);
        this.scale = Objects.requireNonNull(scale);
        this.text = text;
        this.expression = expression;
        this.name = name;
        this.provenance = provenance;
        this.inputs = List.copyOf(inputs);
    }

    /** A value read from a claim or a reference file, labelled with where it came from (null: nowhere named). */
    static Quantity stated(BigDecimal low, BigDecimal high, Unit unit, Scale scale, String text,
                           Provenance provenance) {
        String label = provenance == null ? text : text + " [" + provenance.label() + "]";
        return new Quantity(low, high, unit, scale, text, label, null, provenance, List.of());
    }

    /** Where a stated value was read; null for a derived value or a constant. */
    public Provenance getProvenance() {
        return provenance;
    }

    /** An exact value, e.g. a count or a constant of a rule. */
    public static Quantity exact(BigDecimal value, Unit unit) {
        String text = unit.format(plain(value), Scale.ONE);
        return new Quantity(value, value, unit, Scale.ONE, text, text, null, null, List.of());
    }

    public Quantity plus(Quantity other) {
        requireSameUnit("add", other);
        return derived(add(low, other.low), add(high, other.high), expression + " + " + other.groupedExpression(), other);
    }

    public Quantity minus(Quantity other) {
        requireSameUnit("subtract", other);
        return derived(subtract(low, other.high), subtract(high, other.low),
                expression + " − " + other.groupedExpression(), other);
    }

    /**
     * The product, in the given unit and scale (US$ times a count of yuan per US$ is yuan). Bounds stay
     * exact; an unbounded input gives an unbounded result.
     */
    public Quantity times(Quantity other, Unit resultUnit, Scale resultScale) {
        return combined(other, BigDecimal::multiply, BigDecimal::multiply, resultUnit, resultScale, " × ");
    }

    /**
     * The quotient, in the given unit and scale. Quotients that do not terminate are rounded outwards
     * at 34 significant digits, so the interval still holds every exact quotient; a divisor that may
     * be zero, or an unbounded input, gives an unbounded result.
     */
    public Quantity dividedBy(Quantity other, Unit resultUnit, Scale resultScale) {
        boolean mayBeZero = other.low != null && other.high != null && other.low.signum() <= 0 && other.high.signum() >= 0;
        if (mayBeZero) {
            return new Quantity(null, null, resultUnit, resultScale, null, expression + " ÷ " + other.groupedExpression(),
                    null, null, List.of(this, other));
        }
        return combined(other, (a, b) -> a.divide(b, DOWNWARD), (a, b) -> a.divide(b, UPWARD), resultUnit, resultScale, " ÷ ");
    }

    /**
     * The change from an earlier value to this one in per cent of the earlier value: (this ÷ earlier − 1) × 100.
     * Dividing first keeps the interval tight, since each input then appears once.
     */
    public Quantity percentChangeFrom(Quantity earlier) {
        requireSameUnit("compare", earlier);
        Quantity ratio = dividedBy(earlier, Unit.COUNT, Scale.ONE);
        return new Quantity(percentOver(ratio.low), percentOver(ratio.high), Unit.PERCENT, Scale.ONE, null,
                "(" + groupedExpression() + " ÷ " + earlier.groupedExpression() + " − 1) × 100", null, null,
                List.of(this, earlier));
    }

    /**
     * This value as a ratio of a whole of the same unit: a count ("a third"), or in per cent when asked
     * for (this ÷ whole × 100). The unit guard keeps US$ from being divided by yuan.
     */
    public Quantity ratioTo(Quantity whole, Unit resultUnit) {
        requireSameUnit("divide", whole);
        Quantity ratio = dividedBy(whole, Unit.COUNT, Scale.ONE);
        if (resultUnit == Unit.COUNT) {
            return ratio;
        }
        if (resultUnit != Unit.PERCENT) {
            throw new IncompatibleUnitsException("express a ratio in", resultUnit, Unit.COUNT);
        }
        return new Quantity(hundredfold(ratio.low), hundredfold(ratio.high), Unit.PERCENT, Scale.ONE, null,
                "(" + groupedExpression() + " ÷ " + whole.groupedExpression() + ") × 100", null, null, List.of(this, whole));
    }

    private static BigDecimal hundredfold(BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2);
    }

    /**
     * The change from an earlier level to this one: their difference, which for levels in per cent (a
     * rate) is in percentage points: 5.2 per cent − 4.0 per cent is 1.2 percentage points.
     */
    public Quantity changeFrom(Quantity earlier) {
        Quantity difference = minus(earlier);
        return difference.inUnit(unit.changeUnit());
    }

    /** The level a change of this level came from: this minus the change, the change in {@link Unit#changeUnit()}. */
    public Quantity lessChange(Quantity change) {
        if (change.unit != unit.changeUnit()) {
            throw new IncompatibleUnitsException("take a change in", change.unit, unit);
        }
        return minus(change.inUnit(unit));
    }

    private Quantity inUnit(Unit newUnit) {
        return newUnit == unit ? this : new Quantity(low, high, newUnit, scale, text, expression, name, provenance, inputs);
    }

    private static BigDecimal percentOver(BigDecimal ratio) {
        return ratio == null ? null : ratio.subtract(BigDecimal.ONE).movePointRight(2);
    }

    /**
     * Applies an operation to every pair of bounds and keeps the least and the greatest result, each from
     * an operation rounding towards its own side. An open bound anywhere leaves the result unbounded.
     */
    private Quantity combined(Quantity other, BinaryOperator<BigDecimal> roundingDown, BinaryOperator<BigDecimal> roundingUp,
                              Unit resultUnit, Scale resultScale, String operator) {
        BigDecimal newLow = null;
        BigDecimal newHigh = null;
        if (low != null && high != null && other.low != null && other.high != null) {
            newLow = Stream.of(roundingDown.apply(low, other.low), roundingDown.apply(low, other.high),
                    roundingDown.apply(high, other.low), roundingDown.apply(high, other.high)).min(BigDecimal::compareTo).orElseThrow();
            newHigh = Stream.of(roundingUp.apply(low, other.low), roundingUp.apply(low, other.high),
                    roundingUp.apply(high, other.low), roundingUp.apply(high, other.high)).max(BigDecimal::compareTo).orElseThrow();
        }
        return new Quantity(newLow, newHigh, resultUnit, resultScale, null,
                expression + operator + other.groupedExpression(), null, null, List.of(this, other));
    }

    public Quantity negate() {
        BigDecimal newLow = high == null ? null : high.negate();
        BigDecimal newHigh = low == null ? null : low.negate();
        return new Quantity(newLow, newHigh, unit, scale, null, "−" + groupedExpression(), null, null, List.of(this));
    }

    /** Equal at stated precision: some exact value is allowed by both. Never undecided. */
    public Comparison checkEquals(Quantity other) {
        return check(Relation.EQUALS, other);
    }

    /** Strictly below every value the other allows (holds), at or above all of them (fails), or neither. */
    public Comparison checkBelow(Quantity other) {
        return check(Relation.BELOW, other);
    }

    public Comparison checkAbove(Quantity other) {
        return check(Relation.ABOVE, other);
    }

    public Comparison checkAtMost(Quantity other) {
        return check(Relation.AT_MOST, other);
    }

    public Comparison checkAtLeast(Quantity other) {
        return check(Relation.AT_LEAST, other);
    }

    /**
     * Checks the given relation: {@code a.check(Relation.BELOW, b)} holds when every value a allows is
     * below every value b allows, fails when none is, and is undecided otherwise.
     */
    public Comparison check(Relation relation, Quantity other) {
        requireSameUnit("compare", other);
        Outcome outcome = switch (relation) {
            case EQUALS -> atMost(low, other.high) && atMost(other.low, high) ? Outcome.HOLDS : Outcome.FAILS;
            case BELOW -> order(lessThan(high, other.low), !lessThan(low, other.high));
            case ABOVE -> order(lessThan(other.high, low), !lessThan(other.low, high));
            case AT_MOST -> order(atMost(high, other.low), !atMost(low, other.high));
            case AT_LEAST -> order(atMost(other.high, low), !atMost(other.low, high));
        };
        return new Comparison(this, relation, other, outcome);
    }

    /** The same value under a name that says what it is, e.g. "implied 2023 level". */
    public Quantity named(String newName) {
        return new Quantity(low, high, unit, scale, text, expression, newName, provenance, inputs);
    }

    private static Outcome order(boolean always, boolean never) {
        return always ? Outcome.HOLDS : never ? Outcome.FAILS : Outcome.UNDECIDED;
    }

    private Quantity derived(BigDecimal newLow, BigDecimal newHigh, String newExpression, Quantity other) {
        // Results read in the larger of the two scales: billions, not millions, for 295.4 billion - 279,100 million.
        Scale larger = scale.compareTo(other.scale) >= 0 ? scale : other.scale;
        return new Quantity(newLow, newHigh, unit, larger, null, newExpression, null, null, List.of(this, other));
    }

    private String groupedExpression() {
        return inputs.isEmpty() || name != null ? describe() : "(" + expression + ")";
    }

    private void requireSameUnit(String operation, Quantity other) {
        if (unit != other.unit) {
            throw new IncompatibleUnitsException(operation, this, other);
        }
    }

    public Unit getUnit() {
        return unit;
    }

    public Scale getScale() {
        return scale;
    }

    /** Lower bound in base units, or null when unbounded. */
    public BigDecimal getLow() {
        return low;
    }

    /** Upper bound in base units, or null when unbounded. */
    public BigDecimal getHigh() {
        return high;
    }

    /** The centre of the interval in base units, or null when unbounded. */
    public BigDecimal getMidpoint() {
        return low == null || high == null ? null : low.add(high).divide(TWO);
    }

    /**
     * A point to sort and measure distances by: the midpoint, or the one bound a hedged value has
     * ("up to 25 per cent" by 25, "more than 12" by 12); null only when both bounds are open.
     */
    public BigDecimal getReferencePoint() {
        return low != null && high != null ? getMidpoint() : low != null ? low : high;
    }

    /** Whether this value was computed from others, rather than read. */
    public boolean isDerived() {
        return !inputs.isEmpty();
    }

    /** The values this one was computed from, in order; empty for a stated value. */
    public List<Quantity> getInputs() {
        return Collections.unmodifiableList(inputs);
    }

    /** Every stated value at the leaves of this value's derivation. */
    public List<Quantity> getSources() {
        if (inputs.isEmpty()) {
            return List.of(this);
        }
        List<Quantity> leaves = new ArrayList<>();
        inputs.forEach(input -> leaves.addAll(input.getSources()));
        return leaves;
    }

    /** How the value was obtained: its label for a stated value, the arithmetic for a derived one. */
    public String getExpression() {
        return expression;
    }

    /** The value as people read it: the stated words, or "US$279.1 ± 0.1 billion". */
    public String getValueText() {
        return text != null ? text : formatInterval();
    }

    /** The name given by a rule, e.g. "implied 2023 level", or null. */
    public String getName() {
        return name;
    }

    /**
     * The value with its origin: the label of a stated value ("US$295.4 billion [claim deficit-2024]"),
     * or the arithmetic in parentheses with its result ("implied 2023 level (A − B = US$279.1 ± 0.1 billion)").
     */
    public String describe() {
        if (inputs.isEmpty()) {
            return name == null ? expression : name + " " + expression;
        }
        String worked = "(" + expression + " = " + getValueText() + ")";
        return name == null ? worked : name + " " + worked;
    }

    private String formatInterval() {
        if (low == null && high == null) {
            return "any " + unit.label();
        }
        if (low == null) {
            return "at most " + unit.format(inScale(high), scale);
        }
        if (high == null) {
            return "at least " + unit.format(inScale(low), scale);
        }
        if (low.compareTo(high) == 0) {
            return unit.format(inScale(low), scale);
        }
        BigDecimal half = scale.fromBase(high.subtract(low).divide(TWO));
        // Two significant digits of the half-width say enough; the exact bounds are in the JSON report.
        BigDecimal shownHalf = half.round(new MathContext(2, RoundingMode.UP));
        int places = Math.max(0, shownHalf.stripTrailingZeros().scale());
        BigDecimal shownMid = scale.fromBase(getMidpoint()).setScale(places, RoundingMode.HALF_EVEN);
        return unit.format(plain(shownMid) + " ± " + plain(shownHalf), scale);
    }

    private String inScale(BigDecimal base) {
        return plain(scale.fromBase(base));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /** a &lt;= b where null a is minus infinity and null b is plus infinity. */
    private static boolean atMost(BigDecimal a, BigDecimal b) {
        return a == null || b == null || a.compareTo(b) <= 0;
    }

    /** a &lt; b where null a is minus infinity and null b is plus infinity. */
    private static boolean lessThan(BigDecimal a, BigDecimal b) {
        return a == null || b == null || a.compareTo(b) < 0;
    }

    @Override
    public String toString() {
        return describe();
    }
}
