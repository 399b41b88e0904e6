package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.problem.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimcheck rules lint}: compiles the rules and checks their metadata, one line per problem. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Compiles the rules and reports each problem as FILE.drl:LINE:COL: message: syntax errors,"
                + " unknown fact types and fields, and missing or invalid @id, @severity, @title, or an id used twice.")
final class RulesLintCommand extends Subcommand {
    @Mixin
    RulesDirOption rules;

    @Override
    protected ExitCode execute() throws InputException {
        CompiledRules compiled = rules.compile();
        out().println(rules.dir + ": " + compiled.rules().size() + " rules, no problems");
        return ExitCode.OK;
    }
}
