package dev.claimcheck.engine;

import java.util.stream.Collectors;
import org.kie.api.runtime.rule.ConsequenceException;

/** A rule failed while running: its consequence threw, or the rules never finished. */
public class RuleRunException extends Exception {
    public RuleRunException(String message) {
        super(message);
    }

    static RuleRunException from(ConsequenceException e, CompiledRules rules) {
        var rule = e.getMatch().getRule();
        RuleInfo info = rules.rulesByKey().get(CompiledRules.key(rule.getPackageName(), rule.getName()));
        String where = info == null ? "rule \"" + rule.getName() + "\"" : info.location() + ": rule " + info.id();
        String facts = e.getMatch().getObjects().stream().map(String::valueOf).collect(Collectors.joining(", "));
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new RuleRunException(where + " failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + " (working on " + facts + ")");
    }
}
