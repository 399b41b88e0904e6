package dev.claimcheck.number;

/**
 * The result of comparing two quantities at their stated precision, with the numbers worked out.
 * Rules hand it to the findings collector, which turns HOLDS into a passed check, FAILS into a
 * finding at the rule's severity, and UNDECIDED into a warning.
 */
public final class Comparison {
    private final Quantity left;
    private final Relation relation;
    private final Quantity right;
    private final Outcome outcome;

    Comparison(Quantity left, Relation relation, Quantity right, Outcome outcome) {
        this.left = left;
        this.relation = relation;
        this.right = right;
        this.outcome = outcome;
    }

    public Quantity getLeft() {
        return left;
    }

    public Relation getRelation() {
        return relation;
    }

    public Quantity getRight() {
        return right;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    public boolean fails() {
        return outcome == Outcome.FAILS;
    }

    /** E.g. "US$16.3 billion [c] = US$295.4 billion [a] − US$279.1 billion [b] = US$16.3 ± 0.1 billion: holds". */
    public String explain() {
        String verdict = switch (outcome) {
            case HOLDS -> "holds";
            case FAILS -> "fails";
            case UNDECIDED -> "undecided at the stated precision";
        };
        return left.describe() + " " + relation.symbol() + " " + right.describe() + ": " + verdict;
    }

    @Override
    public String toString() {
        return explain();
    }
}
