package dev.claimcheck.judge;

import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Claim;
import dev.claimcheck.problem.SourceLocation;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.number.Comparison;

/**
 * Something a report shows as wrong: a rule's check that did not pass, or a problem with a waiver.
 *
 * @param claim the claim it is on; null for a finding about a waiver or about an article's coverage
 * @param comparison the numbers worked out, when the rule compared quantities
 * @param fingerprint what the finding is about, independent of line numbers (see {@link Fingerprints})
 * @param baseline NEW unless a baseline recorded it (UNCHANGED)
 * @param waiver the waiver that accepts it, or null
 */
public record Finding(RuleInfo rule, Severity severity, String message, SourceLocation location, Claim claim,
                      Comparison comparison, String fingerprint, BaselineStatus baseline, Waiver waiver) {
    public boolean isWaived() {
        return waiver != null;
    }

    /** Whether the finding counts for the exit code: new since the baseline and not waived. */
    public boolean gates() {
        return baseline == BaselineStatus.NEW && waiver == null;
    }

    /** Whether it names a mention of an article no claim covers: it belongs to the article, not to a claim. */
    public boolean isUncoveredMention() {
        return rule.id().equals(BuiltInRules.MENTION_UNCOVERED.id());
    }

    public String claimId() {
        return claim == null ? null : claim.getId();
    }

    Finding withBaseline(BaselineStatus status) {
        return new Finding(rule, severity, message, location, claim, comparison, fingerprint, status, waiver);
    }

    Finding withWaiver(Waiver accepting) {
        return new Finding(rule, severity, message, location, claim, comparison, fingerprint, baseline, accepting);
    }
}
