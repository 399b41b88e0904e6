package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.ReferenceCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
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

    /** Articles per session: large enough to amortise a session, small enough to keep memory flat. */
    static final int BATCH_ARTICLES = 64;

    private final int maxFirings;
    private final int batchArticles;

    public RuleEngine() {
        this(DEFAULT_MAX_FIRINGS);
    }

    public RuleEngine(int maxFirings) {
        this(maxFirings, BATCH_ARTICLES);
    }

    /** An engine with a given batch size: for the test that batching changes no result. */
    public RuleEngine(int maxFirings, int batchArticles) {
        this.maxFirings = maxFirings;
        this.batchArticles = batchArticles;
    }

    public RunResult run(CompiledRules rules, FactBase facts) throws RuleRunException {
        return run(rules, facts, false);
    }

    /**
     * Runs the rules; with {@code trace}, records every firing for {@code explain}. Articles are checked
     * in batches, each in its own session with all the reference data, on as many threads as there are
     * cores: rules relate a claim to its own article and to reference data, never to other articles, so
     * batching changes nothing but the time and memory it takes (a test checks the results are equal).
     */
    public RunResult run(CompiledRules rules, FactBase facts, boolean trace) throws RuleRunException {
        List<Object> reference = facts.referenceFacts().toList();
        ReferenceCatalog catalog = new ReferenceCatalog(facts);
        List<List<Object>> batches = batches(facts, batchArticles);
        List<RunResult> results;
        try {
            results = batches.parallelStream().map(batch -> {
                try {
                    return runSession(rules, catalog, reference, batch, trace);
                } catch (RuleRunException e) {
                    throw new CompletionException(e);
                }
            }).toList();
        } catch (CompletionException e) {
            throw (RuleRunException) e.getCause();
        }
        List<Check> checks = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        List<Firing> firings = new ArrayList<>();
        for (RunResult result : results) {
            checks.addAll(result.checks());
            result.firings().forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
            firings.addAll(result.trace());
        }
        return new RunResult(List.copyOf(checks), Map.copyOf(counts), List.copyOf(firings));
    }

    /** Each article with its claims, grouped into batches of so many articles. */
    private static List<List<Object>> batches(FactBase facts, int batchArticles) {
        Map<String, List<Object>> byArticle = new LinkedHashMap<>();
        facts.getArticles().forEach(article -> byArticle.computeIfAbsent(article.getSlug(), k -> new ArrayList<>()).add(article));
        facts.getClaims().forEach(claim -> byArticle.computeIfAbsent(claim.getArticle(), k -> new ArrayList<>()).add(claim));
        List<List<Object>> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        int articles = 0;
        for (List<Object> article : byArticle.values()) {
            current.addAll(article);
            if (++articles % batchArticles == 0) {
                batches.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty() || batches.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private RunResult runSession(CompiledRules rules, ReferenceCatalog catalog, List<Object> reference, List<Object> batch,
                                 boolean trace)
            throws RuleRunException {
        Findings findings = new Findings();
        KieSession session = rules.kieBase().newKieSession();
        FiringRecorder recorder = new FiringRecorder(rules, findings, trace);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            if (declaresFindings(rules)) {
                session.setGlobal(FINDINGS_GLOBAL, findings);
            }
            batch.forEach(session::insert);
            reference.forEach(session::insert);
            session.insert(catalog.withClaims(batch.stream()
                    .filter(Claim.class::isInstance).map(Claim.class::cast).toList()));
            int fired = session.fireAllRules(maxFirings);
            if (fired >= maxFirings) {
                throw new RuleRunException(recorder.busiestFiring() + " did not finish: the rules fired " + fired
                        + " times, the --max-firings limit; the rule probably loops (it changes a fact its own"
                        + " conditions match)");
            }
        } catch (ConsequenceException e) {
            throw RuleRunException.from(e, rules);
        } finally {
            session.dispose();
        }
        return new RunResult(findings.getChecks(), recorder.counts(), recorder.firings());
    }

    private static boolean declaresFindings(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(globals -> globals.stream())
                .anyMatch(global -> global.getName().equals(FINDINGS_GLOBAL));
    }
}
