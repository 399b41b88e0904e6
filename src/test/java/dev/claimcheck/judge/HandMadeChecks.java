package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.model.YamlFacts;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.problem.SourceLocation;

/** Claims, rules and checks made by hand for the judge's unit tests. */
final class HandMadeChecks {
    private HandMadeChecks() {
    }

    /** A level claim of US$295.4 billion for 2024, read at the given line of a claims file. */
    static LevelClaim claim(String id, int line) {
        LevelClaim claim = YamlFacts.read(LevelClaim.class, """
                id: %s
                kind: level
                quote: a US$295.4 billion deficit
                metric: us-china-goods-deficit
                period: 2024
                amount: US$295.4 billion
                """.formatted(id));
        claim.setLocation(new SourceLocation("facts/articles/a/claims.yaml", line, 5));
        return claim;
    }

    static RuleInfo rule(String id) {
        return new RuleInfo(id, Severity.ERROR, "a rule", "", new SourceLocation("rules/r.drl", 3, 1));
    }

    /** The claim's value compared with a reference value read from the named source. */
    static Comparison againstReference(LevelClaim claim, String amount, String source) {
        return claim.getValue().checkEquals(Amount.parse(amount).quantity(Provenance.reference(source)));
    }

    /** A yes/no check with a message. */
    static Check check(LevelClaim claim, Outcome outcome, Severity severity) {
        return new Check(rule("level-matches-reference"), claim, outcome, severity, outcome.word() + " at "
                + (severity == null ? "no severity" : severity.word()), null);
    }
}
