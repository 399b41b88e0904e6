package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.ruletest.CaseResult;
import dev.claimcheck.ruletest.Coverage;
import dev.claimcheck.ruletest.RuleTestCase;
import dev.claimcheck.ruletest.RuleTestFile;
import dev.claimcheck.ruletest.RuleTestRunner;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.watch.Snapshot;
import dev.claimcheck.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimcheck rules test}: runs the test cases in rules/tests/ and reports coverage. */
@Command(name = "test",
        description = "Runs the rule test cases in DIR/tests/*.yaml: pass or fail per case, with what was expected"
                + " and what happened.")
final class RulesTestCommand extends RulesSubcommand implements Subcommand.Gate {
    @Parameters(paramLabel = "PATTERN", arity = "0..1",
            description = "Run only cases whose file or name contains PATTERN.")
    String pattern;

    @Option(names = "--coverage", description = "List the rules that no case makes fire, or keeps quiet.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "N",
            description = "Fail when fewer than N per cent of the rules are made to fire by some case.")
    Integer minCoverage;

    @Mixin
    WatchOptions watching;

    @Override
    protected ExitCode execute() throws InputException, UsageException, IOException {
        watching.check();
        if (watching.watch) {
            RuleCompiler compiler = new RuleCompiler().keepingCompiled();
            return watching.run(List.of(rules.dir), (out, err) -> {
                try {
                    Tested tested = test(compiler.compile(rules.dir), out);
                    return new Watcher.Result(tested.exitCode().code(), Snapshot.ofCases(tested.results(), tested.summary()));
                } catch (InputException e) {
                    return new Watcher.Result(tell(e, err).code(), null);
                }
            }, () -> compiler.warmUp(rules.dir), out(), err());
        }
        return test(rules.compile(), out()).exitCode();
    }

    /** The cases run, the summary line and the exit code. */
    private record Tested(List<CaseResult> results, String summary, ExitCode exitCode) {
    }

    private Tested test(CompiledRules compiled, PrintWriter out) throws InputException {
        List<CaseResult> results = new ArrayList<>();
        RuleTestRunner runner = new RuleTestRunner(compiled);
        for (Path file : runner.testFiles(rules.dir.resolve(RuleTestRunner.TESTS_DIR))) {
            RuleTestFile cases = runner.read(file);
            out.println(file);
            for (RuleTestCase testCase : cases.cases()) {
                if (pattern == null || file.toString().contains(pattern) || testCase.name().contains(pattern)) {
                    results.add(report(out, runner.run(file.toString(), cases, testCase)));
                }
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        String summary = "rules test: " + (results.size() - failed) + " passed, " + failed + " failed";
        out.println();
        out.println(summary);
        boolean covered = reportCoverage(out, compiled.rules(), results);
        out.flush();
        return new Tested(results, summary, failed == 0 && covered ? ExitCode.OK : ExitCode.FINDINGS);
    }

    private static CaseResult report(PrintWriter out, CaseResult result) {
        out.println("  " + (result.passed() ? "pass" : "FAIL") + "  " + result.name());
        result.failures().forEach(f -> out.println("        " + f));
        return result;
    }

    /** Prints coverage when asked; false when it is below --min-coverage. */
    private boolean reportCoverage(PrintWriter out, List<RuleInfo> all, List<CaseResult> results) {
        Coverage measured = Coverage.of(all, results);
        if (coverage || minCoverage != null) {
            out.printf("coverage: %d of %d rules fire in some case (%d%%), %d kept quiet in some case%n",
                    measured.fired().size(), all.size(), measured.percentFired(), measured.quiet().size());
            if (!measured.neverFired().isEmpty()) {
                out.println("  never made to fire: " + String.join(", ", measured.neverFired()));
            }
            if (!measured.neverQuiet().isEmpty()) {
                out.println("  never kept quiet:   " + String.join(", ", measured.neverQuiet()));
            }
        }
        return minCoverage == null || measured.percentFired() >= minCoverage;
    }
}
