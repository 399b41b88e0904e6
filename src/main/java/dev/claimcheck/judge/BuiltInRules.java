package dev.claimcheck.judge;

import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.problem.SourceLocation;
import java.util.List;

/** Checks claimcheck makes itself, outside the DRL rules: on claims no rule checked, on waivers, and on coverage. */
final class BuiltInRules {
    static final RuleInfo WAIVER_EXPIRED = new RuleInfo("waiver-expired", Severity.WARNING,
            "A waiver in facts/waivers.yaml is past its expiry date and no longer silences its finding",
            "Renew the waiver with a new date and reason, or fix the finding it accepted.",
            SourceLocation.of(Waiver.FILE_NAME));
    static final RuleInfo WAIVER_UNUSED = new RuleInfo("waiver-unused", Severity.WARNING,
            "A waiver in facts/waivers.yaml matches no finding",
            "The finding it accepted is gone, or the claim or rule id is misspelt: remove or correct the waiver.",
            SourceLocation.of(Waiver.FILE_NAME));

    static final RuleInfo CLAIM_UNCHECKED = new RuleInfo("claim-unchecked", Severity.WARNING,
            "No rule checked what the claim says, and none said why",
            "Every claim should be checked by some rule. Run 'claimcheck explain CLAIM_ID' to see which rules match"
                    + " claims of its kind and which of their conditions it failed; a rules directory without the"
                    + " rules for a kind leaves its claims unchecked.",
            SourceLocation.of("rules"));

    static final RuleInfo MENTION_UNCOVERED = new RuleInfo("mention-uncovered", Severity.INFO,
            "A number, date, time word, office or person in article.txt lies inside no claim's quote and no unclaimed passage",
            "Add a claim whose quote covers it, or, for words that are no checkable statement (a headline, a cause,"
                    + " a characterisation), an 'unclaimed:' entry in claims.yaml with the reason.",
            SourceLocation.of("article.txt"));

    static final List<RuleInfo> ALL = List.of(CLAIM_UNCHECKED, RuleEngine.CLAIM_RETRACTED, WAIVER_EXPIRED, WAIVER_UNUSED,
            MENTION_UNCOVERED);

    private BuiltInRules() {
    }
}
