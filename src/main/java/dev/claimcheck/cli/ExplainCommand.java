package dev.claimcheck.cli;

import dev.claimcheck.engine.ConditionProbe;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Claim;
import dev.claimcheck.pipeline.Pipeline;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Suggestions;
import dev.claimcheck.report.Explanation;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimcheck explain CLAIM_ID}: which rules matched a claim, with what, and what they concluded. */
@Command(name = "explain",
        description = "Shows, for one claim, every rule that matched it, the other facts in the match and what the"
                + " rule concluded; then the rules that match claims of its kind but did not match it.")
final class ExplainCommand extends CheckingSubcommand {
    @Parameters(paramLabel = "CLAIM_ID", description = "The id of the claim to explain.")
    String claimId;

    @Override
    protected ExitCode execute() throws InputException, RuleRunException, UsageException {
        return explain(check.pipeline(), claimId, out());
    }

    /** Runs the rules with tracing and prints the claim's explanation; shared with {@code verify --explain}. */
    static ExitCode explain(Pipeline pipeline, String claimId, PrintWriter out)
            throws InputException, RuleRunException, UsageException {
        Pipeline.Run traced = pipeline.run(VerifyResult.Judgement.plain(), true);
        Claim claim = traced.facts().getClaims().stream()
                .filter(c -> c.getId().equals(claimId))
                .findFirst()
                .orElseThrow(() -> new UsageException("no claim with id '" + claimId + "'" + Suggestions.didYouMean(
                        claimId, traced.facts().getClaims().stream().map(Claim::getId).toList())));
        try (ConditionProbe probe = new ConditionProbe(traced.rules())) {
            new Explanation(traced.result(), claim, traced.run().trace(),
                    rule -> probe.failingCondition(rule, claim)).write(out);
        }
        return ExitCode.OK;
    }
}
