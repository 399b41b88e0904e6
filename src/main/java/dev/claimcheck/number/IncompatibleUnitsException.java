package dev.claimcheck.number;

/** Thrown when a rule combines quantities of different units, e.g. per cent with percentage points. */
public class IncompatibleUnitsException extends IllegalArgumentException {
    private final String operation;
    private final Unit leftUnit;
    private final Unit rightUnit;
    private final String left;
    private final String right;

    /** Two values of different units: {@link #describe()} names them with where they came from. */
    public IncompatibleUnitsException(String operation, Quantity left, Quantity right) {
        this(operation, left.getUnit(), right.getUnit(), left.describe(), right.describe());
    }

    /** Two units that do not go together, with no values to name. */
    public IncompatibleUnitsException(String operation, Unit left, Unit right) {
        this(operation, left, right, left.label(), right.label());
    }

    private IncompatibleUnitsException(String operation, Unit leftUnit, Unit rightUnit, String left, String right) {
        super("cannot " + operation + " " + leftUnit.label() + " and " + rightUnit.label() + " (convert one of them first)");
        this.operation = operation;
        this.leftUnit = leftUnit;
        this.rightUnit = rightUnit;
        this.left = left;
        this.right = right;
    }

    /**
     * For a finding on the claim: both values with where they came from, and their units, e.g. "cannot
     * compare 25.45 trillion yuan [claim a] and US$3.58 trillion [claim b]: yuan and US$ never mix without
     * an exchange rate (a conversion claim states an amount in the other currency)".
     */
    public String describe() {
        boolean currencies = leftUnit.isCurrency() && rightUnit.isCurrency();
        return "cannot " + operation + " " + left + " and " + right + ": " + leftUnit.word() + " and " + rightUnit.word()
                + " never mix" + (currencies ? " without an exchange rate (a conversion claim states an amount in the"
                + " other currency)" : "");
    }
}
