package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.problem.InputException;
import picocli.CommandLine.Command;

/** {@code claimcheck rules lint}: compiles the rules and checks their metadata, one line per problem. */
@Command(name = "lint",
        description = "Compiles the rules and reports each problem as FILE.drl:LINE:COL: message: syntax errors,"
                + " unknown fact types and fields, and rule names that are not ids, a missing @title, a missing or invalid @severity, or a rule defined twice.")
final class RulesLintCommand extends RulesSubcommand {
    @Override
    protected ExitCode execute() throws InputException {
        CompiledRules compiled = rules.compile();
        out().println(rules.dir + ": " + compiled.rules().size() + " rules, no problems");
        return ExitCode.OK;
    }
}
