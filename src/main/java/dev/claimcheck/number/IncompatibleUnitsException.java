package dev.claimcheck.number;

/** Thrown when a rule combines quantities of different units, e.g. per cent with percentage points. */
public class IncompatibleUnitsException extends IllegalArgumentException {
    private final String operation;
    private final Quantity left;
    private final Quantity right;

    public IncompatibleUnitsException(String operation, Quantity left, Quantity right) {
        super("cannot " + operation + " " + left.getUnit().label() + " and " + right.getUnit().label()
                + " (convert one of them first)");
        this.operation = operation;
        this.left = left;
        this.right = right;
    }

    /**
     * For a finding on the claim: both values with where they came from, and their units, e.g. "cannot
     * compare 25.45 trillion yuan [claim a] and US$3.58 trillion [claim b]: yuan and US$ never mix without
     * an exchange rate (a conversion claim states an amount in the other currency)".
     */
    public String describe() {
        boolean currencies = left.getUnit().isCurrency() && right.getUnit().isCurrency();
        return "cannot " + operation + " " + left.describe() + " and " + right.describe() + ": " + left.getUnit().word()
                + " and " + right.getUnit().word() + " never mix"
                + (currencies ? " without an exchange rate (a conversion claim states an amount in the other currency)" : "");
    }
}
