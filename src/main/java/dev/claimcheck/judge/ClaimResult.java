package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.QuoteReading;
import java.util.List;
import java.util.Optional;

/**
 * One claim with its verdict, every check made on it, and its findings (waived ones included); for a
 * draft, how its quote reads for each value it must state, so a reviewer sees which words filled which field.
 */
public record ClaimResult(Claim claim, Verdict verdict, List<Check> checks, List<Finding> findings,
                          List<QuoteReading> fromQuote) {
    public ClaimResult(Claim claim, Verdict verdict, List<Check> checks, List<Finding> findings) {
        this(claim, verdict, checks, findings, List.of());
    }

    /** Whether the claim was proposed by a machine and not yet reviewed: every report marks it. */
    public boolean draft() {
        return claim.isDraft();
    }

    /** The verdict as reports write it: "consistent", or "consistent (draft)" for a draft. */
    public String verdictWord() {
        return verdict.word() + (draft() ? " (draft)" : "");
    }

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

    /** The finding one of this claim's checks made: findings are made from checks, so the same rule and message. */
    public Optional<Finding> findingOf(Check check) {
        return check.isFinding() ? findings.stream()
                .filter(f -> f.rule().equals(check.rule()) && f.message().equals(check.message()))
                .findFirst() : Optional.empty();
    }
}
