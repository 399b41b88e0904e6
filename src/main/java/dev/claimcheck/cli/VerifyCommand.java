package dev.claimcheck.cli;

import dev.claimcheck.engine.Progress;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.io.OutputFiles;
import dev.claimcheck.io.ReadOnlyDirectories;
import dev.claimcheck.coverage.ArticleCoverage;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Publisher;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.report.OneLine;
import dev.claimcheck.report.Reporters;
import dev.claimcheck.pipeline.Pipeline;
import dev.claimcheck.watch.Snapshot;
import dev.claimcheck.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code claimcheck verify}: checks every claim under facts/ with the rules under rules/. */
@Command(name = "verify",
        description = "Checks every claim under the facts directory with the rules, and prints each claim's"
                + " verdict with the reasons.")
final class VerifyCommand extends CheckingSubcommand implements Subcommand.Gate {
    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", converter = OutputSpec.Converter.class,
            completionCandidates = Reporters.Names.class,
            description = "Output format, one of: ${COMPLETION-CANDIDATES}; repeat it for several, and add =FILE"
                    + " to write one to a file (default: text).")
    List<OutputSpec> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output (with a single --format).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a new finding is at least this severe: error, warning, info or never"
                    + " (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--fail-on-unchecked",
            description = "Also exit 1 when a claim is unchecked: no rule could check what it says (with"
                    + " --fail-on warning, the warnings that say why fail the run too).")
    boolean failOnUnchecked;

    @Option(names = "--fail-on-draft",
            description = "Also exit 1 when a claim is a draft (draft: true, proposed by 'claimcheck draft' and not"
                    + " yet reviewed), naming the drafts.")
    boolean failOnDraft;

    int minCoverage;

    @Option(names = "--min-coverage", paramLabel = "N", defaultValue = "0",
            description = "Also exit 1 when an article's claims and unclaimed passages cover less than N per cent"
                    + " of the numbers, dates, offices and persons of its article.txt; 0 to 100 (default:"
                    + " ${DEFAULT-VALUE}, off).")
    void minCoverage(int n) {
        if (n < 0 || n > 100) {
            throw new ParameterException(spec.commandLine(), "--min-coverage takes a per cent from 0 to 100, not " + n);
        }
        minCoverage = n;
    }

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
            description = "The date waivers expire against, and the date of --format claimreview's reviews (default: today).")
    LocalDate today;

    @Option(names = "--publisher-name", paramLabel = "NAME",
            description = "Who publishes the reviews of --format claimreview (over the name in facts/publisher.yaml).")
    String publisherName;

    @Option(names = "--publisher-url", paramLabel = "URL",
            description = "The publisher's web address, https://... (over the url in facts/publisher.yaml); reviews"
                    + " are at URL#CLAIM_ID unless publisher.yaml gives a review_url.")
    String publisherUrl;

    @Mixin
    WatchOptions watching;

    @Override
    protected ExitCode execute() throws InputException, RuleRunException, UsageException, IOException {
        watching.check();
        if (explain != null && watching.watch) {
            throw new UsageException("--watch does not go with --explain: watch the report, or explain one claim");
        }
        if (explain != null) {
            return ExplainCommand.explain(check.pipeline(), explain, out());
        }
        List<OutputSpec> outputs = outputs();
        checkFiles(outputs);
        if (watching.watch) {
            Pipeline pipeline = check.keptPipeline();
            return watching.run(List.of(check.facts, check.rules.dir), (out, err) -> {
                try {
                    VerifyResult result = verify(pipeline, Progress.NONE);
                    return new Watcher.Result(report(result, outputs, out, err).code(), Snapshot.of(result));
                } catch (InputException | RuleRunException | UsageException | IOException e) {
                    return new Watcher.Result(tell(e, err).code(), null);
                }
            }, pipeline::warmUp, out(), err());
        }
        return report(verify(check.pipeline(), TerminalProgress.forThisProcess(), outputs), outputs, out(), err());
    }

    /** Formats that print only findings let the run drop passing checks as it goes. */
    private VerifyResult verify(Pipeline pipeline, Progress progress, List<OutputSpec> outputs)
            throws InputException, RuleRunException, UsageException {
        if (outputs.stream().anyMatch(spec -> spec.reporter().printsPassingChecks())) {
            return verify(pipeline, progress);
        }
        return pipeline.verifyFindings(judgement(), progress);
    }

    private VerifyResult verify(Pipeline pipeline, Progress progress) throws InputException, RuleRunException, UsageException {
        return pipeline.verify(judgement(), progress);
    }

    private VerifyResult.Judgement judgement() throws UsageException {
        return new VerifyResult.Judgement(readBaseline(), today == null ? LocalDate.now() : today, publisher());
    }

    /** Writes the result in every format asked for; the exit code it gives. */
    private ExitCode report(VerifyResult result, List<OutputSpec> outputs, PrintWriter out, PrintWriter err)
            throws IOException {
        for (OutputSpec spec : outputs) {
            if (spec.file() == null) {
                spec.reporter().write(result, out);
            } else {
                OutputFiles.write(spec.file(), writer -> spec.reporter().write(result, writer));
            }
        }
        boolean unchecked = failOnUnchecked && result.hasUncheckedClaimThatGates();
        boolean drafts = failOnDraft && !result.drafts().isEmpty();
        if (drafts && !noFail) {
            err.println("claimcheck: " + draftsNamed(result) + " not yet reviewed (--fail-on-draft)");
            err.flush();
        }
        boolean lowCoverage = !noFail && reportLowCoverage(result, err);
        boolean fails = !noFail && (result.hasFindingAtLeast(failOn.threshold()) || unchecked || drafts || lowCoverage);
        return fails ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Names on standard error each article whose coverage is below --min-coverage; whether there is one. */
    private boolean reportLowCoverage(VerifyResult result, PrintWriter err) {
        List<ArticleCoverage> low = result.coverageBelow(minCoverage);
        low.forEach(c -> err.println("claimcheck: article " + c.article().getSlug() + ": " + c.describe()
                + ", below --min-coverage " + minCoverage + "%"));
        return !low.isEmpty();
    }

    /** "2 draft claims: a (claims.yaml:4), b (claims.yaml:12)". */
    private static String draftsNamed(VerifyResult result) {
        List<ClaimResult> drafts = result.drafts();
        return drafts.size() + " draft claim" + (drafts.size() == 1 ? "" : "s") + ": " + drafts.stream()
                .map(d -> OneLine.of(d.claim().getId()) + " (" + d.claim().getLocation() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The --format values, with --output given to a single one without a file; text to standard output by
     * default. An --output that no format would take is refused rather than ignored.
     */
    private List<OutputSpec> outputs() throws UsageException {
        List<OutputSpec> chosen = formats.isEmpty()
                ? List.of(new OutputSpec(Reporters.named("text").orElseThrow(), null)) : formats;
        if (output == null) {
            return chosen;
        } else if (chosen.size() > 1) {
            throw new UsageException("-o " + output + " would be ignored with several --format: give each its"
                    + " file instead (--format " + chosen.get(0).reporter().name() + "=FILE)");
        } else if (chosen.get(0).file() != null) {
            throw new UsageException("-o " + output + " would be ignored: --format " + chosen.get(0)
                    + " names its own file");
        }
        return List.of(new OutputSpec(chosen.get(0).reporter(), output));
    }

    /** Refuses, before any work, outputs that would clash or would write where the run reads. */
    private void checkFiles(List<OutputSpec> outputs) throws UsageException, IOException {
        if (outputs.stream().filter(o -> o.file() == null).count() > 1) {
            throw new UsageException("only one --format can go to standard output; give the others a file"
                    + " (--format sarif=claimcheck.sarif)");
        }
        Map<Path, OutputSpec> byFile = new HashMap<>();
        for (OutputSpec spec : outputs) {
            if (spec.file() == null) {
                continue;
            }
            OutputSpec other = byFile.putIfAbsent(OutputFiles.realPath(spec.file()), spec);
            if (other != null) {
                throw new UsageException("--format " + other + " and --format " + spec
                        + " name the same file; give each format its own");
            }
            refuseReadOnly(check, spec.file());
        }
    }

    /** Refuses a file under the facts or the rules directory of the run; for baseline too. */
    static void refuseReadOnly(CheckOptions check, Path file) throws UsageException, IOException {
        Optional<String> refusal = ReadOnlyDirectories.of(check.facts, check.rules.dir).refusal(file);
        if (refusal.isPresent()) {
            throw new UsageException(refusal.get());
        }
    }

    private Publisher.Given publisher() throws UsageException {
        if (publisherUrl != null && !Publisher.isWebAddress(publisherUrl)) {
            throw new UsageException("--publisher-url takes a web address in full (https://...), not '"
                    + OneLine.of(publisherUrl) + "'");
        }
        return new Publisher.Given(publisherName, publisherUrl);
    }

    private Baseline readBaseline() throws UsageException {
        if (baseline == null) {
            return null;
        }
        try {
            return Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            throw new UsageException(baseline + ": no such baseline file (make one with 'claimcheck baseline')");
        } catch (IOException e) {
            throw new UsageException(baseline + ": cannot read the baseline: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
