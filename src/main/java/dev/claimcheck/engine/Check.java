package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Comparison;

/**
 * One rule's conclusion about one claim. A check that did not pass is a finding, with a severity.
 *
 * @param severity null for a passed check
 * @param comparison the worked numbers, when the rule compared quantities; otherwise null
 */
public record Check(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                    Comparison comparison) {
    public boolean isFinding() {
        return outcome != Outcome.PASS;
    }
}
