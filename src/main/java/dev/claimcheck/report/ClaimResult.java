package dev.claimcheck.report;

import dev.claimcheck.engine.Check;
import dev.claimcheck.model.Claim;
import java.util.List;

/** One claim with its verdict, every check made on it, and its findings (waived ones included). */
public record ClaimResult(Claim claim, Verdict verdict, List<Check> checks, List<Finding> findings) {
    public List<Check> passes() {
        return checks.stream().filter(c -> !c.isFinding()).toList();
    }
}
