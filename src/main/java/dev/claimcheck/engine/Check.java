package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.problem.SourceLocation;
import java.util.Objects;

/**
 * One rule's conclusion about one claim. A check that did not pass is a finding, with a severity.
 * A comparison's message is written out only when a report asks for it: a large run makes millions
 * of checks, and most formats print only the findings.
 */
public final class Check {
    private final RuleInfo rule;
    private final Claim claim;
    private final Outcome outcome;
    private final Severity severity;
    private final Comparison comparison;
    private final SourceLocation location;
    private String message;

    /**
     * @param severity null for a passed check
     * @param message the message; null to write it from the comparison when asked
     * @param comparison the worked numbers, when the rule compared quantities; otherwise null
     */
    public Check(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                 Comparison comparison) {
        this(rule, claim, outcome, severity, message, comparison, null);
    }

    /** @param location where the finding points: a field of the claim; null for the claim itself */
    public Check(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                 Comparison comparison, SourceLocation location) {
        this.rule = rule;
        this.claim = claim;
        this.outcome = outcome;
        this.severity = severity;
        this.message = message;
        this.comparison = comparison;
        this.location = location;
        if (message == null && comparison == null) {
            throw new IllegalArgumentException("a check needs a message or a comparison");
        }
    }

    public RuleInfo rule() {
        return rule;
    }

    public Claim claim() {
        return claim;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Severity severity() {
        return severity;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** Where the check points: the field it judged, or the claim. */
    public SourceLocation location() {
        return location != null ? location : claim.getLocation();
    }

    public synchronized String message() {
        if (message == null) {
            message = comparison.explain();
        }
        return message;
    }

    public boolean isFinding() {
        return outcome != Outcome.PASS;
    }

    @Override
    public String toString() {
        return outcome.word() + " " + rule.id() + " on " + claim.getId() + ": " + message();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Check other && rule.equals(other.rule) && claim == other.claim
                && outcome == other.outcome && severity == other.severity && message().equals(other.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.id(), claim.getId(), outcome, severity);
    }
}
