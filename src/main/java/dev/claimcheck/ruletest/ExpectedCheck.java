package dev.claimcheck.ruletest;

import dev.claimcheck.engine.Check;

/** A check a test case expects: this rule concluded this about this claim. */
public record ExpectedCheck(String rule, String claim, String outcome) {
    boolean matches(Check check) {
        return check.rule().id().equals(rule) && check.claim().getId().equals(claim)
                && check.outcome().word().equals(outcome);
    }

    static String describe(Check check) {
        return check.outcome().word() + " " + check.rule().id() + " on " + check.claim().getId()
                + (check.severity() == null ? "" : " (" + check.severity().word() + ")");
    }

    @Override
    public String toString() {
        return outcome + " " + rule + " on " + claim;
    }
}
