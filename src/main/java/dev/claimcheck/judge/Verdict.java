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
    /** Checked and nothing is wrong at error level; at least one check passed. */
    CONSISTENT,
    /** Checked, but no check could decide at the stated precision. */
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
            return CONSISTENT;
        }
        return substance.stream().anyMatch(c -> c.outcome() == Outcome.UNDECIDED) ? UNDECIDED : UNCHECKED;
    }
}
