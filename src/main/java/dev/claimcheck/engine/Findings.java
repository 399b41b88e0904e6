package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.IncompatibleUnitsException;
import dev.claimcheck.problem.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What rules report to, as the DRL global {@code findings}. The engine tells it which rule is firing,
 * so a finding's rule, id and severity come from the rule's DRL and never from the call:
 *
 * <pre>
 * findings.check($change, $change.getValue().checkEquals($later.getValue().minus($earlier.getValue())));
 * findings.verify($claim, $actual == $claimed, "{} was a {}[, as claimed|, not a {}]", $date, $actual, $claimed);
 * findings.fail($claim, "the quote is not in the article");
 * </pre>
 */
public final class Findings {
    private final List<Check> checks = new ArrayList<>();
    private RuleInfo firing;

    /** Called by the engine before each firing: the rule whose consequence runs next. */
    void firing(RuleInfo rule) {
        this.firing = rule;
    }

    /** Records a comparison: holds is a pass, fails a finding at the rule's severity, undecided a warning. */
    public void check(Claim claim, Comparison comparison) {
        RuleInfo rule = reporting();
        switch (comparison.getOutcome()) {
            case HOLDS -> add(rule, claim, Outcome.PASS, null, null, comparison);
            case FAILS -> add(rule, claim, Outcome.FAIL, rule.severity(), null, comparison);
            case UNDECIDED -> add(rule, claim, Outcome.UNDECIDED, mildest(rule.severity(), Severity.WARNING),
                    null, comparison);
        }
    }

    /**
     * Records a yes/no check with a message that states the facts either way. In the message, {@code {}}
     * takes the next argument and {@code [a|b]} reads a when the check holds, b when it does not.
     */
    public void verify(Claim claim, boolean holds, String message, Object... args) {
        String text = Wording.of(message, holds, Arrays.asList(args));
        if (holds) {
            pass(claim, text);
        } else {
            fail(claim, text);
        }
    }

    /**
     * The same for one field of the claim: a finding points at the line of that field, e.g.
     * {@code findings.verifyAt($claim, "office", known, "...")}.
     */
    public void verifyAt(Claim claim, String field, boolean holds, String message, Object... args) {
        RuleInfo rule = reporting();
        String text = Wording.of(message, holds, Arrays.asList(args));
        add(rule, claim, holds ? Outcome.PASS : Outcome.FAIL, holds ? null : rule.severity(), text, null,
                claim.locationOf(field));
    }

    /** Records a finding on one field of the claim, at that field's line. */
    public void failAt(Claim claim, String field, String message) {
        RuleInfo rule = reporting();
        add(rule, claim, Outcome.FAIL, rule.severity(), message, null, claim.locationOf(field));
    }

    /** Records that the rule checked the claim and found it right. */
    public void pass(Claim claim, String message) {
        add(reporting(), claim, Outcome.PASS, null, message, null);
    }

    /** Records a finding on the claim at the rule's severity. */
    public void fail(Claim claim, String message) {
        RuleInfo rule = reporting();
        add(rule, claim, Outcome.FAIL, rule.severity(), message, null);
    }

    /**
     * Records that the firing rule set amounts of different units against each other for the claim. Always
     * an error, whatever the rule's severity: the claim asks for a comparison that cannot be made.
     */
    void unitsMixed(Claim claim, IncompatibleUnitsException mix) {
        add(firing, claim, Outcome.FAIL, Severity.ERROR, mix.describe(), null);
    }

    public List<Check> getChecks() {
        return Collections.unmodifiableList(checks);
    }

    private void add(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                     Comparison comparison) {
        add(rule, claim, outcome, severity, message, comparison, null);
    }

    private void add(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                     Comparison comparison, SourceLocation location) {
        checks.add(new Check(rule, claim, outcome, severity, message, comparison, location));
    }

    private RuleInfo reporting() {
        if (firing == null) {
            throw new IllegalStateException("findings are reported from a rule's consequence only");
        }
        if (firing.severity() == null) {
            throw new IllegalStateException("rule " + firing.id() + " reports a finding but has no @severity");
        }
        return firing;
    }

    private static Severity mildest(Severity a, Severity b) {
        return a.atLeast(b) ? b : a;
    }
}
