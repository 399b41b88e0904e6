package dev.claimcheck.pipeline;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.Progress;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.judge.VerdictChecks;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.load.ParsedFiles;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The one way claimcheck checks facts: compile the rules and load the facts (together), run the rules,
 * judge what they found. Every command that checks facts goes through here.
 */
public final class Pipeline {
    private final RunSettings settings;
    private final RuleCompiler compiler;
    private final ParsedFiles parsed;

    public Pipeline(RunSettings settings) {
        this(settings, settings.compiler(), ParsedFiles.none());
    }

    private Pipeline(RunSettings settings, RuleCompiler compiler, ParsedFiles parsed) {
        this.settings = settings;
        this.compiler = compiler;
        this.parsed = parsed;
    }

    /**
     * A pipeline for many runs in one process ({@code --watch}): each run reads again only the facts files
     * whose content changed, compiles only the rule packages whose files changed, and reuses the rule set
     * when no rule changed. Its results are those of a fresh pipeline on the same files.
     */
    public static Pipeline kept(RunSettings settings) {
        return new Pipeline(settings, settings.compiler().keepingCompiled(), ParsedFiles.kept());
    }

    /** Everything one run produced, for commands that need more than the judged result. */
    public record Run(CompiledRules rules, FactBase facts, RunResult run, VerifyResult result) {
    }

    /** Compiles the rules, loads the facts, runs the rules and judges the findings. */
    public VerifyResult verify(VerifyResult.Judgement judgement) throws InputException, RuleRunException {
        return run(judgement, false).result();
    }

    /** The same, telling the progress as articles are checked. */
    public VerifyResult verify(VerifyResult.Judgement judgement, Progress progress) throws InputException, RuleRunException {
        return run(judgement, false, progress, UnaryOperator.identity()).result();
    }

    /**
     * The same for reports that print only findings and verdicts: each batch's passing checks are dropped as
     * it finishes ({@link VerdictChecks}), so a large corpus holds far less. The findings, verdicts and
     * counts are those of {@link #verify}; only {@link dev.claimcheck.judge.ClaimResult#checks} is shorter.
     */
    public VerifyResult verifyFindings(VerifyResult.Judgement judgement, Progress progress)
            throws InputException, RuleRunException {
        return run(judgement, false, progress, VerdictChecks::of).result();
    }

    /** The same, keeping the parts; with {@code trace}, every rule firing is recorded. */
    public Run run(VerifyResult.Judgement judgement, boolean trace) throws InputException, RuleRunException {
        return run(judgement, trace, Progress.NONE, UnaryOperator.identity());
    }

    private Run run(VerifyResult.Judgement judgement, boolean trace, Progress progress, UnaryOperator<List<Check>> keep)
            throws InputException, RuleRunException {
        PhaseTimer timer = PhaseTimer.fromEnvironment();
        Loaded loaded = loadBoth();
        timer.lap("load");
        RunResult run = new RuleEngine(settings.maxFirings(), settings.ruleTimeout()).reportingTo(progress).keeping(keep)
                .run(loaded.rules(), loaded.facts(), trace);
        timer.lap("fire");
        VerifyResult result = new VerifyResult(loaded.facts(), run.checks(), loaded.rules().rules(), judgement);
        timer.lap("judge");
        return new Run(loaded.rules(), loaded.facts(), run, result);
    }

    /** Runs compiled rules over a facts directory, unjudged: what rule test cases compare with. */
    public static RunResult fire(CompiledRules rules, Path factsDir) throws InputException, RuleRunException {
        return new RuleEngine().run(rules, new FactsLoader().load(factsDir));
    }

    /** Compiles (or reads from the cache) the rules alone, for the rule authoring commands. */
    public CompiledRules compileRules() throws InputException {
        return compiler.compile(settings.rules());
    }

    /** Warms the rule compiler up for a first rule edit (see {@link RuleCompiler#warmUp}). */
    public void warmUp() {
        compiler.warmUp(settings.rules());
    }

    private record Loaded(CompiledRules rules, FactBase facts) {
    }

    /**
     * Compiles the rules on a second thread while the facts load: the two take about as long as each
     * other on a small corpus. Problems of both are reported together, the rules' first.
     */
    private Loaded loadBoth() throws InputException {
        CompletableFuture<CompiledRules> compiling = CompletableFuture.supplyAsync(() -> {
            try {
                return compileRules();
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        FactBase facts = null;
        List<Problem> problems = new ArrayList<>();
        try {
            facts = new FactsLoader(settings.load(), parsed).load(settings.facts());
        } catch (InputException e) {
            problems.addAll(e.getProblems());
        }
        CompiledRules compiled = null;
        try {
            compiled = compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException rulesProblems) {
                problems.addAll(0, rulesProblems.getProblems());
            } else {
                throw e;
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Loaded(compiled, facts);
    }
}
