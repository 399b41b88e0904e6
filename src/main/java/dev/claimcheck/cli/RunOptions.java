package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.load.FactBase;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.load.InputException;
import dev.claimcheck.report.VerifyResult;
import dev.claimcheck.load.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** The options every command that runs the rules shares, and the run itself. */
public final class RunOptions {
    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "Facts directory (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RuleEngine.DEFAULT_MAX_FIRINGS,
            description = "Stop a run whose rules fire more than N times (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where compiled rules are kept between runs (default: $CLAIMCHECK_CACHE, else"
                    + " ~/.cache/claimcheck).")
    Path cache;

    @Option(names = "--no-cache", description = "Compile the rules on every run.")
    boolean noCache;

    RuleCompiler compiler() {
        return noCache ? new RuleCompiler() : new RuleCompiler(cache == null ? RuleCompiler.defaultCacheDir() : cache);
    }

    private record Loaded(CompiledRules rules, FactBase facts) {
    }

    /**
     * Compiles (or reads from the cache) the rules on a second thread while the facts load: the two
     * take about as long as each other on a small corpus. Problems of both are reported together.
     */
    private Loaded loadBoth() throws InputException {
        CompletableFuture<CompiledRules> compiling = CompletableFuture.supplyAsync(() -> {
            try {
                return compiler().compile(rules);
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        });
        FactBase factBase = null;
        List<Problem> problems = new ArrayList<>();
        try {
            factBase = new FactsLoader().load(facts);
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
        return new Loaded(compiled, factBase);
    }

    /** Everything one run produced, for commands that need more than the report. */
    record Run(CompiledRules rules, FactBase facts, RunResult run, VerifyResult result) {
    }

    /** Compiles the rules, loads the facts, runs the rules and judges the findings. */
    VerifyResult verify(VerifyResult.Judgement judgement) throws InputException, RuleRunException {
        return run(judgement, false).result();
    }

    /** The same, keeping the parts; with {@code trace}, every rule firing is recorded. */
    Run run(VerifyResult.Judgement judgement, boolean trace) throws InputException, RuleRunException {
        PhaseTimer timer = PhaseTimer.fromEnvironment();
        Loaded loaded = loadBoth();
        timer.lap("load");
        CompiledRules compiled = loaded.rules();
        FactBase factBase = loaded.facts();
        RunResult run = new RuleEngine(maxFirings).run(compiled, factBase, trace);
        timer.lap("fire");
        VerifyResult result = new VerifyResult(factBase, run.checks(), compiled.rules(), judgement);
        timer.lap("judge");
        return new Run(compiled, factBase, run, result);
    }
}
