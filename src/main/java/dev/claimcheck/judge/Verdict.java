package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.Severity;
import java.util.List;
import java.util.Locale;

/** The overall judgement on one claim, from every check the rules made on it. */
public enum Verdict {
    /** An error finding: the claim is wrong. */
    INCONSISTENT,
    /** Checked and nothing is wrong: at least one check passed, and no error or warning. */
    CONSISTENT,
    /** Checked, but no check could decide at the stated precision, or a check passed and a warning says part was not checked. */
    UNDECIDED,
    /** No rule could check it. */
    UNCHECKED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Verdict of(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.outcome() == Outcome.FAIL && c.severity() == Severity.ERROR)) {
            return INCONSISTENT;
        }
        // A claim is checked by what it says, not by the form it is written in: the pass of a
        // precondition (its quote states its values, its ids name something) alone checks nothing.
        List<Check> substance = checks.stream().filter(c -> !c.rule().precondition()).toList();
        if (substance.stream().anyMatch(c -> c.outcome() == Outcome.PASS)) {
            // A warning says part of what the claim states was not checked (a record without the
            // history to compare it with): the part that passed cannot vouch for the rest.
            boolean partlyUnchecked = checks.stream()
                    .anyMatch(c -> c.outcome() == Outcome.FAIL && c.severity() == Severity.WARNING);
            return partlyUnchecked ? UNDECIDED : CONSISTENT;
        }
        return substance.stream().anyMatch(c -> c.outcome() == Outcome.UNDECIDED) ? UNDECIDED : UNCHECKED;
    }
}
