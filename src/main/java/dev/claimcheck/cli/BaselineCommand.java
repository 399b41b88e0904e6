package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.io.OutputFiles;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimcheck baseline}: records today's findings, so that CI fails only on what a change breaks. */
@Command(name = "baseline",
        description = "Records the current findings by fingerprint (rule, claim and what the finding is about, not"
                + " line numbers), for 'verify --baseline FILE'.")
final class BaselineCommand extends CheckingSubcommand {
    static final String DEFAULT_FILE = "claimcheck-baseline.json";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = DEFAULT_FILE,
            description = "Where to write the baseline (default: ${DEFAULT-VALUE}); - for standard output.")
    Path output;

    @Override
    protected ExitCode execute() throws InputException, RuleRunException, UsageException, IOException {
        boolean toFile = !output.toString().equals("-");
        if (toFile) {
            VerifyCommand.refuseReadOnly(check, output);
        }
        Baseline baseline = Baseline.of(check.pipeline().verify(VerifyResult.Judgement.plain()));
        if (toFile) {
            OutputFiles.write(output, baseline::write);
            int n = baseline.findings().size();
            err().println("claimcheck: recorded " + n + " finding" + (n == 1 ? "" : "s") + " in " + output);
        } else {
            baseline.write(out());
        }
        return ExitCode.OK;
    }
}
