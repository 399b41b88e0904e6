package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code claimcheck rules lint}: compiles the rules and checks their metadata, one line per problem. */
@Command(name = "lint",
        description = "Compiles the rules and reports each problem as FILE.drl:LINE:COL: message: syntax errors,"
                + " unknown fact types and fields, and rule names that are not ids, a missing @title, a missing or invalid @severity,"
                + " a rule that reports without the help of its findings (@description, @fix), or a rule defined twice.")
final class RulesLintCommand extends RulesSubcommand {
    @Override
    protected ExitCode execute() throws InputException {
        CompiledRules compiled = rules.compile();
        List<Problem> problems = new ArrayList<>();
        compiled.rules().forEach(rule -> problems.addAll(helpProblems(rule)));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        out().println(rules.dir + ": " + compiled.rules().size() + " rules, no problems");
        return ExitCode.OK;
    }

    /**
     * A rule that reports needs the help its findings carry (in SARIF, which code scanning requires): lint
     * refuses it, though verify and rules test still run it, so that a rule can be tried while it is written.
     */
    static List<Problem> helpProblems(RuleInfo rule) {
        List<Problem> problems = new ArrayList<>();
        if (rule.reports() && isBlank(rule.description())) {
            problems.add(new Problem(rule.location(), "rule \"" + rule.id() + "\" reports findings but has no"
                    + " @description(\"...\"): what it compares, for the help its findings carry"));
        }
        if (rule.reports() && isBlank(rule.fix())) {
            problems.add(new Problem(rule.location(), "rule \"" + rule.id() + "\" reports findings but has no"
                    + " @fix(\"...\"): what an analyst edits to fix a finding (the claim, the quote, the reference data, or a waiver)"));
        }
        return problems;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
