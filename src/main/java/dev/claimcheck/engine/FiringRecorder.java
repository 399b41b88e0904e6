package dev.claimcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/** Counts each rule's firings and, when tracing, records what each firing matched, concluded and inserted. */
final class FiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final CompiledRules rules;
    private final Findings findings;
    private final boolean trace;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Firing> firings = new ArrayList<>();
    private int checksBefore;
    private RuleInfo lastRule;
    private List<Object> lastMatched = List.of();
    private List<Object> inserted = new ArrayList<>();

    FiringRecorder(CompiledRules rules, Findings findings, boolean trace) {
        this.rules = rules;
        this.findings = findings;
        this.trace = trace;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        findings.firing(info(event.getMatch().getRule()));
        checksBefore = findings.getChecks().size();
        inserted = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        RuleInfo info = info(event.getMatch().getRule());
        counts.merge(info == null ? event.getMatch().getRule().getName() : info.id(), 1, Integer::sum);
        lastRule = info;
        lastMatched = event.getMatch().getObjects();
        if (trace && info != null) {
            List<Check> concluded = findings.getChecks().subList(checksBefore, findings.getChecks().size());
            firings.add(new Firing(info, List.copyOf(event.getMatch().getObjects()), List.copyOf(concluded),
                    List.copyOf(inserted)));
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            inserted.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Only insertions are conclusions worth explaining.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Only insertions are conclusions worth explaining.
    }

    private RuleInfo info(Rule rule) {
        return rules.rulesByKey().get(CompiledRules.key(rule.getPackageName(), rule.getName()));
    }

    /** "rules/x.drl:3:1: rule loops, working on weekday claim call": the firing a runaway run stopped in. */
    String lastFiring() {
        if (lastRule == null) {
            return "no rule";
        }
        String claims = lastMatched.stream().filter(o -> o instanceof dev.claimcheck.model.Claim)
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return lastRule.location() + ": rule " + lastRule.id() + " (fired " + counts.getOrDefault(lastRule.id(), 0)
                + " times" + (claims.isEmpty() ? "" : ", working on " + claims) + ")";
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    List<Firing> firings() {
        return List.copyOf(firings);
    }
}
