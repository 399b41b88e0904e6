package dev.claimcheck.report;

import dev.claimcheck.engine.Check;
import dev.claimcheck.model.Claim;
import java.util.List;

/** One claim with its verdict and every check made on it. */
public record ClaimResult(Claim claim, Verdict verdict, List<Check> checks) {
    public List<Check> findings() {
        return checks.stream().filter(Check::isFinding).toList();
    }

    public List<Check> passes() {
        return checks.stream().filter(c -> !c.isFinding()).toList();
    }
}
