package dev.claimcheck.cli;

import dev.claimcheck.engine.ConditionProbe;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.load.InputException;
import dev.claimcheck.load.Suggestions;
import dev.claimcheck.model.Claim;
import dev.claimcheck.report.Explanation;
import dev.claimcheck.report.VerifyResult;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck explain CLAIM_ID}: which rules matched a claim, with what, and what they concluded. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = {"Shows, for one claim, every rule that matched it, the other facts in the match and what the"
                + " rule concluded; then the rules that match claims of its kind but did not match it.", "",
                "Exit codes: 0 shown; 2 unknown claim, bad input or rules."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Parameters(paramLabel = "CLAIM_ID", description = "The id of the claim to explain.")
    String claimId;

    @Override
    public Integer call() {
        return explain(run, claimId, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the rules with tracing and prints the claim's explanation; shared with {@code verify --explain}. */
    static int explain(RunOptions options, String claimId, PrintWriter out, PrintWriter err) {
        RunOptions.Run traced;
        try {
            traced = options.run(VerifyResult.Judgement.plain(), true);
        } catch (InputException e) {
            return Failures.badInput(err, e.getProblems());
        } catch (RuleRunException e) {
            return Failures.ruleFailed(err, e);
        }
        Optional<Claim> claim = traced.facts().getClaims().stream().filter(c -> c.getId().equals(claimId)).findFirst();
        if (claim.isEmpty()) {
            return Failures.badInput(err, "no claim with id '" + claimId + "'" + Suggestions.didYouMean(claimId,
                    traced.facts().getClaims().stream().map(Claim::getId).toList()));
        }
        try (ConditionProbe probe = new ConditionProbe(traced.rules())) {
            new Explanation(traced.result(), claim.get(), traced.run().trace(),
                    rule -> probe.failingCondition(rule, claim.get())).write(out);
        }
        return ExitCode.OK.code();
    }
}
