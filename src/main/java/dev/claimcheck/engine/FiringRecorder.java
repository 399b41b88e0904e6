package dev.claimcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
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
    private final Map<String, RuleInfo> firedRules = new HashMap<>();
    /** Each rule's last match; its facts are read only for a message (reading them on every firing cost 7 % of firing). */
    private final Map<String, Match> lastMatched = new HashMap<>();
    /** Facts each rule inserted, updated or deleted: a rule that loops is one that keeps changing facts. */
    private final Map<String, Integer> changes = new HashMap<>();
    private final Map<Rule, RuleInfo> infos = new java.util.IdentityHashMap<>();
    /** Claims a rule deleted, with the rule: they were never checked after it. */
    private final Map<dev.claimcheck.model.Claim, RuleInfo> retracted = new java.util.LinkedHashMap<>();
    /** The rule whose consequence runs now, and what it matched; read by the watchdog from another thread. */
    private volatile RuleInfo firing;
    private volatile Match firingOn;
    /** When tracing, the facts the firing rule inserted. */
    private List<Object> inserted = new ArrayList<>();

    FiringRecorder(CompiledRules rules, Findings findings, boolean trace) {
        this.rules = rules;
        this.findings = findings;
        this.trace = trace;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        RuleInfo rule = info(event.getMatch().getRule());
        findings.firing(rule);
        firing = rule;
        firingOn = event.getMatch();
        checksBefore = findings.getChecks().size();
        if (trace) {
            inserted = new ArrayList<>();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        RuleInfo info = info(event.getMatch().getRule());
        counts.merge(info == null ? event.getMatch().getRule().getName() : info.id(), 1, Integer::sum);
        if (info != null) {
            firedRules.put(info.id(), info);
            lastMatched.put(info.id(), event.getMatch());
        }
        if (trace && info != null) {
            List<Check> concluded = findings.getChecks().subList(checksBefore, findings.getChecks().size());
            firings.add(new Firing(info, List.copyOf(event.getMatch().getObjects()), List.copyOf(concluded),
                    List.copyOf(inserted)));
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            if (trace) {
                inserted.add(event.getObject());
            }
            changedBy(event.getRule());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        changedBy(event.getRule());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        changedBy(event.getRule());
        RuleInfo rule = event.getRule() == null ? null : info(event.getRule());
        if (rule != null && event.getOldObject() instanceof dev.claimcheck.model.Claim claim) {
            retracted.putIfAbsent(claim, rule);
        }
    }

    Map<dev.claimcheck.model.Claim, RuleInfo> retracted() {
        return retracted;
    }

    /**
     * "rules/x.drl:3:1: rule spins (working on weekday claim call)": the rule whose consequence runs now,
     * or, between firings, that the rules' conditions were being matched.
     */
    String currentFiring() {
        RuleInfo rule = firing;
        if (rule == null) {
            return "a condition of the rules (an eval or a function they call), while facts were matched,";
        }
        String claims = claimsIn(firingOn);
        return rule.location() + ": rule " + rule.id() + (claims.isEmpty() ? "" : " (working on " + claims + ")");
    }

    private void changedBy(Rule rule) {
        RuleInfo info = rule == null ? null : info(rule);
        if (info != null) {
            changes.merge(info.id(), 1, Integer::sum);
        }
    }

    private RuleInfo info(Rule rule) {
        // Called on every firing: the key is built once per rule, not once per firing.
        return infos.computeIfAbsent(rule, r -> rules.rulesByKey().get(CompiledRules.key(r.getPackageName(), r.getName())));
    }

    /**
     * "rules/x.drl:3:1: rule loops (fired 150 times, working on weekday claim call)": in a run that did not
     * finish, the rule that changed facts most often (the rules it re-triggers only react), else the one
     * that fired most.
     */
    String busiestFiring() {
        RuleInfo busiest = firedRules.values().stream()
                .max(java.util.Comparator.comparingInt((RuleInfo rule) -> changes.getOrDefault(rule.id(), 0))
                        .thenComparingInt(rule -> counts.getOrDefault(rule.id(), 0)))
                .orElse(null);
        if (busiest == null) {
            return "no rule";
        }
        String claims = claimsIn(lastMatched.get(busiest.id()));
        return busiest.location() + ": rule " + busiest.id() + " (fired " + counts.getOrDefault(busiest.id(), 0)
                + " times" + (claims.isEmpty() ? "" : ", working on " + claims) + ")";
    }

    /** The claims a match holds, named; none if its facts cannot be read any more (a later firing removed them). */
    private static String claimsIn(Match match) {
        try {
            return match == null ? "" : match.getObjects().stream().filter(o -> o instanceof dev.claimcheck.model.Claim)
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        } catch (RuntimeException e) {
            return "";
        }
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    List<Firing> firings() {
        return List.copyOf(firings);
    }
}
