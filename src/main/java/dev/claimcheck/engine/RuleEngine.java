package dev.claimcheck.engine;

import dev.claimcheck.load.FactBase;
import java.util.List;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs a compiled rule set over a fact base and returns every check the rules recorded. */
public final class RuleEngine {
    /** The global through which rules report; DRL files declare it to use it. */
    public static final String FINDINGS_GLOBAL = "findings";
    /** Far more firings than any real fact base needs; a rule that loops stops here. */
    public static final int DEFAULT_MAX_FIRINGS = 1_000_000;

    private final int maxFirings;

    public RuleEngine() {
        this(DEFAULT_MAX_FIRINGS);
    }

    public RuleEngine(int maxFirings) {
        this.maxFirings = maxFirings;
    }

    public RunResult run(CompiledRules rules, FactBase facts) throws RuleRunException {
        return run(rules, facts, false);
    }

    /** Runs the rules; with {@code trace}, records every firing for {@code explain}. */
    public RunResult run(CompiledRules rules, FactBase facts, boolean trace) throws RuleRunException {
        Findings findings = new Findings(rules.rulesByKey());
        KieSession session = rules.kieBase().newKieSession();
        FiringRecorder recorder = new FiringRecorder(rules, findings, trace);
        session.addEventListener((AgendaEventListener) recorder);
        if (trace) {
            session.addEventListener((RuleRuntimeEventListener) recorder);
        }
        try {
            if (declaresFindings(rules)) {
                session.setGlobal(FINDINGS_GLOBAL, findings);
            }
            facts.facts().forEach(session::insert);
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw new RuleRunException("the rules fired " + fired + " times without finishing; a rule"
                        + " probably loops (it changes a fact its own conditions match)");
            }
        } catch (ConsequenceException e) {
            throw RuleRunException.from(e, rules);
        } finally {
            session.dispose();
        }
        return new RunResult(List.copyOf(findings.getChecks()), recorder.counts(), recorder.firings());
    }

    private static boolean declaresFindings(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(globals -> globals.stream())
                .anyMatch(global -> global.getName().equals(FINDINGS_GLOBAL));
    }
}
