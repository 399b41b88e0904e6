package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.load.InputException;
import dev.claimcheck.report.Baseline;
import dev.claimcheck.report.Reporters;
import dev.claimcheck.report.VerifyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck verify}: checks every claim under facts/ with the rules under rules/. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Checks every claim under the facts directory with the rules, and prints each claim's"
                + " verdict with the reasons.", "",
                "Exit codes: 0 nothing new reached --fail-on; 1 a finding did; 2 bad input or rules."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", converter = OutputSpec.Converter.class,
            description = "Output format: text, json, sarif, junit, github or tap; repeat it for several, and add"
                    + " =FILE to write one to a file (default: text).")
    List<OutputSpec> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output (with a single --format).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a new finding is at least this severe: error, warning, info or never"
                    + " (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--no-fail", description = "Always exit 0 when the input could be checked (same as --fail-on never).")
    boolean noFail;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report findings as new, unchanged or fixed against FILE (made by 'claimcheck baseline'),"
                    + " and fail only on new ones.")
    Path baseline;

    @Option(names = "--explain", paramLabel = "CLAIM_ID",
            description = "Instead of the report, explain one claim: as 'claimcheck explain CLAIM_ID'.")
    String explain;

    @Option(names = "--today", paramLabel = "DATE",
            description = "The date waivers expire against (default: today).")
    LocalDate today;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (explain != null) {
            return ExplainCommand.explain(run, explain, out, err);
        }
        List<OutputSpec> outputs = outputs();
        if (outputs.stream().filter(o -> o.file() == null).count() > 1) {
            return Failures.badInput(err, "only one --format can go to standard output; give the others a file"
                    + " (--format sarif=claimcheck.sarif)");
        }
        VerifyResult result;
        try {
            result = run.verify(new VerifyResult.Judgement(readBaseline(), today == null ? LocalDate.now() : today));
        } catch (InputException e) {
            return Failures.badInput(err, e.getProblems());
        } catch (RuleRunException e) {
            return Failures.ruleFailed(err, e);
        } catch (BadBaseline e) {
            return Failures.badInput(err, e.getMessage());
        }
        for (OutputSpec spec : outputs) {
            if (spec.file() == null) {
                spec.reporter().write(result, out);
            } else {
                AtomicFiles.write(spec.file(), writer -> spec.reporter().write(result, writer));
            }
        }
        boolean fails = !noFail && result.hasFindingAtLeast(failOn.threshold());
        return (fails ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /** The --format values, with --output applied to a single one; text to standard output by default. */
    private List<OutputSpec> outputs() {
        List<OutputSpec> chosen = formats.isEmpty()
                ? List.of(new OutputSpec(Reporters.named("text").orElseThrow(), null)) : formats;
        if (output != null && chosen.size() == 1 && chosen.get(0).file() == null) {
            return List.of(new OutputSpec(chosen.get(0).reporter(), output));
        }
        return chosen;
    }

    private Baseline readBaseline() throws BadBaseline {
        if (baseline == null) {
            return null;
        }
        try {
            return Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            throw new BadBaseline(baseline + ": no such baseline file (make one with 'claimcheck baseline')");
        } catch (IOException e) {
            throw new BadBaseline(baseline + ": cannot read the baseline: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static final class BadBaseline extends Exception {
        BadBaseline(String message) {
            super(message);
        }
    }
}
