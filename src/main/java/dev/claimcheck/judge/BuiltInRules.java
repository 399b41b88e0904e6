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
            "Compares each waiver's expires date with today's date; after it, the finding the waiver accepted is"
                    + " reported again.",
            "Renew the waiver in facts/waivers.yaml with a new expires date and reason, or fix the claim, quote or"
                    + " reference data behind the finding it accepted and remove the waiver.",
            "A waiver of quote-in-article on claim trump-president that expires on 2025-01-31, in a run on "
                    + "2025-03-01: \"the waiver of quote-in-article on trump-president (desk, until 2025-01-31) expired on "
                    + "2025-01-31; its finding counts again\".",
            SourceLocation.of(Waiver.FILE_NAME));
    static final RuleInfo WAIVER_UNUSED = new RuleInfo("waiver-unused", Severity.WARNING,
            "A waiver in facts/waivers.yaml matches no finding",
            "Matches each waiver's claim and rule ids against the run's findings; a waiver that matches none"
                    + " accepts nothing: the finding it accepted is gone, or an id is misspelt.",
            "Remove the waiver from facts/waivers.yaml, or correct its claim or rule id.",
            "A waiver of weekday-matches-date on claim call-on-friday when that claim's weekday is right: \"the "
                    + "waiver of weekday-matches-date on call-on-friday (desk, until 2099-12-31) matches no finding: rule "
                    + "weekday-matches-date reports nothing on claim call-on-friday\".",
            SourceLocation.of(Waiver.FILE_NAME));

    static final RuleInfo CLAIM_UNCHECKED = new RuleInfo("claim-unchecked", Severity.WARNING,
            "No rule checked what the claim says, and none said why",
            "Every claim should be checked by some rule. A claim that only preconditions (its quote, its ids)"
                    + " checked, and no rule failed or left undecided, is reported here; a rules directory without"
                    + " the rules for a kind leaves its claims unchecked.",
            "Run 'claimcheck explain CLAIM_ID' to see which rules match claims of its kind and which of their"
                    + " conditions it failed; then give the claim the fields or reference data those rules need, or"
                    + " write a rule for its kind.",
            "A rank claim in a rules directory without ranks.drl, whose quote the quote rules passed: \"no rule "
                    + "checked this claim: no rule in the rules directory checks rank claims\".",
            SourceLocation.of("rules"));

    static final RuleInfo MENTION_UNCOVERED = new RuleInfo("mention-uncovered", Severity.INFO,
            "A number, date, time word, office or person in article.txt lies inside no claim's quote and no "
                    + "unclaimed passage",
            "Finds the numbers, dates, time words, offices and people in article.txt and reports each that no"
                    + " claim's quote and no 'unclaimed:' passage covers: a statement nobody checked.",
            "Add a claim whose quote covers it, or, for words that are no checkable statement (a headline, a cause,"
                    + " a characterisation), an 'unclaimed:' entry in claims.yaml with the reason.",
            "An article.txt that says \"exports rose 5.9 per cent\" where no claim's quote covers the figure: "
                    + "\"uncovered: '5.9 per cent' at "
                    + "facts/articles/2025-01-13-china-record-trade-surplus/article.txt:3:20\".",
            SourceLocation.of("article.txt"));

    static final List<RuleInfo> ALL = List.of(CLAIM_UNCHECKED, RuleEngine.CLAIM_RETRACTED, WAIVER_EXPIRED, WAIVER_UNUSED,
            MENTION_UNCOVERED);

    private BuiltInRules() {
    }
}
