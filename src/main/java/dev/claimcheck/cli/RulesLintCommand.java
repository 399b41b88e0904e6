package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.load.InputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimcheck rules lint}: compiles the rules and checks their metadata, one line per problem. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Compiles the rules and reports each problem as FILE.drl:LINE:COL: message: syntax errors,"
                + " unknown fact types and fields, and missing or invalid @id, @severity, @title, or an id used twice.",
                "", "Exit codes: 0 clean; 2 problems."})
public final class RulesLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        try {
            CompiledRules compiled = rules.compile();
            spec.commandLine().getOut().println(rules.rules + ": " + compiled.rules().size() + " rules, no problems");
            return ExitCode.OK.code();
        } catch (InputException e) {
            e.getProblems().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().println("claimcheck: " + e.getProblems().size() + " problem"
                    + (e.getProblems().size() == 1 ? "" : "s") + " in the rules");
            return ExitCode.BAD_INPUT.code();
        }
    }
}
