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
import java.nio.file.Path;
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

    /** Everything one run produced, for commands that need more than the report. */
    record Run(CompiledRules rules, FactBase facts, RunResult run, VerifyResult result) {
    }

    /** Compiles the rules, loads the facts, runs the rules and judges the findings. */
    VerifyResult verify(VerifyResult.Judgement judgement) throws InputException, RuleRunException {
        return run(judgement, false).result();
    }

    /** The same, keeping the parts; with {@code trace}, every rule firing is recorded. */
    Run run(VerifyResult.Judgement judgement, boolean trace) throws InputException, RuleRunException {
        CompiledRules compiled = new RuleCompiler().compile(rules);
        FactBase factBase = new FactsLoader().load(facts);
        RunResult run = new RuleEngine(maxFirings).run(compiled, factBase, trace);
        return new Run(compiled, factBase, run, new VerifyResult(factBase, run.checks(), compiled.rules(), judgement));
    }
}
