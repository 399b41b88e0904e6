package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The checks a run keeps when its reports print only findings (github, sarif, tap, junit, markdown): every
 * finding, and per claim its first passing check that is not a precondition. A verdict needs no more
 * ({@link Verdict#of}: an error, a warning, an undecided check, or one substantive pass decide it), nor do
 * the findings, their causes and the unchecked-claim warnings. On a million claims the passing checks, with
 * their messages and worked numbers, are most of the heap; this drops them as each batch finishes.
 */
public final class VerdictChecks {
    private VerdictChecks() {
    }

    /** The checks of {@code checks} that decide their claims' verdicts and findings, in their order. */
    public static List<Check> of(List<Check> checks) {
        Set<Claim> passed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Check> kept = new ArrayList<>();
        for (Check check : checks) {
            if (check.isFinding() || decidesAPass(check) && passed.add(check.claim())) {
                kept.add(check);
            }
        }
        return kept;
    }

    private static boolean decidesAPass(Check check) {
        return check.outcome() == Outcome.PASS && !check.rule().precondition();
    }
}
