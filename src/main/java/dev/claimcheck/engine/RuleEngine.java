package dev.claimcheck.engine;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.LevelStatement;
import dev.claimcheck.model.ReferenceCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import dev.claimcheck.problem.SourceLocation;
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
    /** Far longer than any real run takes (a million claims take well under a minute); a rule that spins stops here. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** A claim a rule deleted from working memory: no later rule could check it, and the run must say so. */
    public static final RuleInfo CLAIM_RETRACTED = new RuleInfo("claim-retracted", Severity.ERROR,
            "No rule may remove a claim from the run: a removed claim is never checked",
            "A rule's consequence retracted (deleted) a claim; the rules after it could not check it.",
            "Find the rule named in the message and remove its retract or delete.",
            "A rule whose consequence calls retract($claim) or delete($claim) on the claim it matched.",
            SourceLocation.of("rules"));
    /** How many sessions are firing rules in this process: a program end meanwhile was caused by a rule. */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    /**
     * Articles per session: large enough to amortise a session (it holds all the reference data), small enough
     * to keep memory flat and joins short. Measured (docs/benchmarks.md, round four): 32 fired 100k claims in
     * 3.4-4.0 s against 4.9-5.3 s for 64, and 1M no slower; 16 was slower at 1M.
     */
    static final int BATCH_ARTICLES = 32;

    private final int maxFirings;
    private final int batchArticles;
    private final Duration timeout;
    private Progress progress = Progress.NONE;
    private UnaryOperator<List<Check>> keep = UnaryOperator.identity();

    public RuleEngine() {
        this(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT);
    }

    public RuleEngine(int maxFirings, Duration timeout) {
        this(maxFirings, BATCH_ARTICLES, timeout);
    }

    /** An engine with a given batch size: for the test that batching changes no result. */
    public RuleEngine(int maxFirings, int batchArticles) {
        this(maxFirings, batchArticles, DEFAULT_TIMEOUT);
    }

    private RuleEngine(int maxFirings, int batchArticles, Duration timeout) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("at least one firing is needed, not " + maxFirings);
        }
        this.maxFirings = maxFirings;
        this.batchArticles = batchArticles;
        this.timeout = timeout;
    }

    /** Tells the progress as batches of articles are checked. */
    public RuleEngine reportingTo(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Keeps of each batch's checks only what {@code keep} returns, as the batch finishes: a run whose reports
     * need less than every check holds less (by default every check is kept).
     */
    public RuleEngine keeping(UnaryOperator<List<Check>> keep) {
        this.keep = keep;
        return this;
    }

    /** Whether rules are firing now: a rule that ends the program (System.exit) does so while this holds. */
    public static boolean isRunningRules() {
        return RUNNING.get() > 0;
    }

    public RunResult run(CompiledRules rules, FactBase facts) throws RuleRunException {
        return run(rules, facts, false);
    }

    /**
     * Runs the rules; with {@code trace}, records every firing for {@code explain}. Articles are checked
     * in batches, each in its own session with all the reference data, on as many threads as there are
     * cores: rules relate a claim to its own article and to reference data, and to other articles only
     * through {@code LevelStatement}s, of which each session holds those that could contradict its level
     * claims ({@link LevelStatementIndex}), so batching changes nothing but the time and memory it takes
     * (a test checks the results are equal).
     */
    public RunResult run(CompiledRules rules, FactBase facts, boolean trace) throws RuleRunException {
        List<Object> reference = facts.referenceFacts().toList();
        LevelStatementIndex statements = new LevelStatementIndex(facts.getClaims());
        ReferenceCatalog catalog = new ReferenceCatalog(facts);
        List<List<Object>> batches = batches(facts, batchArticles);
        Watchdog watchdog = new Watchdog(timeout);
        progress.started(facts.getArticles().size());
        List<RunResult> results;
        try {
            results = watchdog.run(() -> batches.parallelStream().map(batch -> {
                try {
                    RunResult result = runSession(rules, catalog, reference, statements.forBatch(batch), batch, trace,
                            watchdog);
                    progress.checked((int) batch.stream().filter(Article.class::isInstance).count());
                    return new RunResult(keep.apply(result.checks()), result.firings(), result.trace());
                } catch (RuleRunException e) {
                    throw new CompletionException(e);
                }
            }).toList());
        } finally {
            progress.finished();
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

    private RunResult runSession(CompiledRules rules, ReferenceCatalog catalog, List<Object> reference,
                                 List<LevelStatement> statements, List<Object> batch, boolean trace, Watchdog watchdog)
            throws RuleRunException {
        Findings findings = new Findings();
        KieSession session = rules.kieBase().newKieSession();
        FiringRecorder recorder = new FiringRecorder(rules, findings, trace);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        watchdog.watch(session, recorder);
        RUNNING.incrementAndGet();
        try {
            if (declaresFindings(rules)) {
                session.setGlobal(FINDINGS_GLOBAL, findings);
            }
            batch.forEach(session::insert);
            reference.forEach(session::insert);
            statements.forEach(session::insert);
            session.insert(catalog.withClaims(batch.stream()
                    .filter(Claim.class::isInstance).map(Claim.class::cast).toList()));
            // One firing more than allowed tells a run that needs exactly the limit from one that goes on.
            int fired = session.fireAllRules(maxFirings + 1);
            if (fired > maxFirings) {
                throw new RuleRunException(recorder.busiestFiring() + " did not finish: the rules fired more than "
                        + maxFirings + " times, the --max-firings limit; the rule probably loops (it changes a fact"
                        + " its own conditions match)");
            }
        } catch (ConsequenceException e) {
            throw RuleRunException.from(e, rules);
        } catch (StackOverflowError e) {
            throw new RuleRunException(recorder.currentFiring() + " overflowed the stack: it probably calls itself"
                    + " without end");
        } catch (OutOfMemoryError e) {
            throw new RuleRunException(recorder.currentFiring() + " ran out of memory: it probably builds something"
                    + " without end (the heap is set by the launcher; CLAIMCHECK_JAVA_OPTS=-Xmx... changes it)");
        } finally {
            RUNNING.decrementAndGet();
            watchdog.forget(session);
            session.dispose();
        }
        List<Check> checks = new ArrayList<>(findings.getChecks());
        recorder.retracted().forEach((claim, rule) -> checks.add(new Check(CLAIM_RETRACTED, claim, Outcome.FAIL,
                Severity.ERROR, rule.location() + ": rule " + rule.id() + " removed this claim from the run, so no rule"
                + " after it could check it", null)));
        return new RunResult(checks, recorder.counts(), recorder.firings());
    }

    private static boolean declaresFindings(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(globals -> globals.stream())
                .anyMatch(global -> global.getName().equals(FINDINGS_GLOBAL));
    }
}
