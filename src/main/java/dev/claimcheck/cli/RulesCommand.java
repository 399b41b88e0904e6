package dev.claimcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimcheck rules}: tools for rule authors. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Tools for writing rules: list, lint, test, new.",
        subcommands = {RulesListCommand.class, RulesLintCommand.class, RulesTestCommand.class,
                RulesNewCommand.class})
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
