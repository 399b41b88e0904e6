package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Comparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rules report to, as the DRL global {@code findings}. The rule reporting is found from
 * {@code kcontext}, so its id and severity come from its metadata and never from the call.
 *
 * <pre>
 * findings.check(kcontext, $change, $change.getValue().checkEquals($new.getValue().minus($old.getValue())));
 * findings.verify(kcontext, $claim, holds, "2025-02-21 was a Friday");
 * findings.fail(kcontext, $claim, "the quote is not in the article");
 * </pre>
 */
public final class Findings {
    private final Map<String, RuleInfo> rules;
    private final List<Check> checks = new ArrayList<>();

    Findings(Map<String, RuleInfo> rulesByKey) {
        this.rules = rulesByKey;
    }

    /** Records a comparison: holds is a pass, fails a finding at the rule's severity, undecided a warning. */
    public void check(RuleContext kcontext, Claim claim, Comparison comparison) {
        RuleInfo rule = rule(kcontext);
        switch (comparison.getOutcome()) {
            case HOLDS -> add(rule, claim, Outcome.PASS, null, null, comparison);
            case FAILS -> add(rule, claim, Outcome.FAIL, rule.severity(), null, comparison);
            case UNDECIDED -> add(rule, claim, Outcome.UNDECIDED, mildest(rule.severity(), Severity.WARNING),
                    null, comparison);
        }
    }

    /** Records a yes/no check with a message that states the facts, e.g. "2025-02-21 was a Friday". */
    public void verify(RuleContext kcontext, Claim claim, boolean holds, String message) {
        if (holds) {
            pass(kcontext, claim, message);
        } else {
            fail(kcontext, claim, message);
        }
    }

    /** Records that the rule checked the claim and found it right. */
    public void pass(RuleContext kcontext, Claim claim, String message) {
        add(rule(kcontext), claim, Outcome.PASS, null, message, null);
    }

    /** Records a finding on the claim at the rule's severity. */
    public void fail(RuleContext kcontext, Claim claim, String message) {
        RuleInfo rule = rule(kcontext);
        add(rule, claim, Outcome.FAIL, rule.severity(), message, null);
    }

    /** The id of the rule now firing, e.g. to record which rule derived a fact. */
    public String ruleId(RuleContext kcontext) {
        return rule(kcontext).id();
    }

    public List<Check> getChecks() {
        return Collections.unmodifiableList(checks);
    }

    private void add(RuleInfo rule, Claim claim, Outcome outcome, Severity severity, String message,
                     Comparison comparison) {
        checks.add(new Check(rule, claim, outcome, severity, message, comparison));
    }

    private RuleInfo rule(RuleContext kcontext) {
        Rule rule = kcontext.getRule();
        RuleInfo info = rules.get(CompiledRules.key(rule.getPackageName(), rule.getName()));
        if (info == null) {
            throw new IllegalStateException("no metadata for rule '" + rule.getName() + "'");
        }
        return info;
    }

    private static Severity mildest(Severity a, Severity b) {
        return a.atLeast(b) ? b : a;
    }
}
