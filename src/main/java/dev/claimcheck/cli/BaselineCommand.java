package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.load.InputException;
import dev.claimcheck.report.Baseline;
import dev.claimcheck.report.VerifyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck baseline}: records today's findings, so that CI fails only on what a change breaks. */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        description = {"Records the current findings by fingerprint (rule, claim and what the finding is about, not"
                + " line numbers), for 'verify --baseline FILE'.", "",
                "Exit codes: 0 written; 2 bad input or rules."})
public final class BaselineCommand implements Callable<Integer> {
    static final String DEFAULT_FILE = "claimcheck-baseline.json";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = DEFAULT_FILE,
            description = "Where to write the baseline (default: ${DEFAULT-VALUE}); - for standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Baseline baseline;
        try {
            baseline = Baseline.of(run.verify(VerifyResult.Judgement.plain()));
        } catch (InputException e) {
            return Failures.badInput(err, e.getProblems());
        } catch (RuleRunException e) {
            return Failures.ruleFailed(err, e);
        }
        if (output.toString().equals("-")) {
            baseline.write(spec.commandLine().getOut());
        } else {
            AtomicFiles.write(output, baseline::write);
            err.println("claimcheck: recorded " + baseline.findings().size() + " finding"
                    + (baseline.findings().size() == 1 ? "" : "s") + " in " + output);
        }
        return ExitCode.OK.code();
    }
}
