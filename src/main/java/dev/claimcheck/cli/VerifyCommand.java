package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.load.FactBase;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.load.InputException;
import dev.claimcheck.load.Problem;
import dev.claimcheck.report.Reporter;
import dev.claimcheck.report.Reporters;
import dev.claimcheck.report.VerifyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck verify}: checks every claim under facts/ with the rules under rules/. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Checks every claim under the facts directory with the rules, and prints each claim's"
                + " verdict with the reasons.", "",
                "Exit codes: 0 nothing reached --fail-on; 1 a finding did; 2 bad input or rules."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "Facts directory (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never"
                    + " (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RuleEngine.DEFAULT_MAX_FIRINGS,
            description = "Stop a run whose rules fire more than N times (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = Reporters.named(format).orElse(null);
        if (reporter == null) {
            err.println("claimcheck: unknown format '" + format + "' (formats: " + String.join(", ", Reporters.names()) + ")");
            return ExitCode.BAD_INPUT.code();
        }
        try {
            CompiledRules compiled = new RuleCompiler().compile(rules);
            FactBase factBase = new FactsLoader().load(facts);
            RunResult run = new RuleEngine(maxFirings).run(compiled, factBase);
            VerifyResult result = new VerifyResult(factBase, run.checks(), compiled.rules());
            reporter.write(result, out);
            return (result.hasFindingAtLeast(failOn.threshold()) ? ExitCode.FINDINGS : ExitCode.OK).code();
        } catch (InputException e) {
            report(err, e.getProblems());
            return ExitCode.BAD_INPUT.code();
        } catch (RuleRunException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
    }

    private static void report(PrintWriter err, List<Problem> problems) {
        problems.forEach(err::println);
        err.println("claimcheck: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; nothing was checked");
    }
}
