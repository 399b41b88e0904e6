package dev.claimcheck.number;

/** Thrown when a rule combines quantities of different units, e.g. per cent with percentage points. */
public class IncompatibleUnitsException extends IllegalArgumentException {
    public IncompatibleUnitsException(String operation, Unit left, Unit right) {
        super("cannot " + operation + " " + left.label() + " and " + right.label()
                + " (convert one of them first)");
    }
}
