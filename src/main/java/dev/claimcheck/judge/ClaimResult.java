package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Claim;
import java.util.List;

/** One claim with its verdict, every check made on it, and its findings (waived ones included). */
public record ClaimResult(Claim claim, Verdict verdict, List<Check> checks, List<Finding> findings) {
    /** Whether an error finding on the claim gates the run: new since the baseline and not waived. */
    public boolean failsTheGate() {
        return findings.stream().anyMatch(f -> f.gates() && f.severity() == Severity.ERROR);
    }

    /** Why an inconsistent claim does not fail the run: "waived: reason" or "in the baseline". */
    public String acceptedBecause() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR && !f.gates())
                .findFirst()
                .map(f -> f.isWaived() ? "waived: " + f.waiver().getReason() : "known: in the baseline")
                .orElse("");
    }
}
