package dev.claimcheck.cli;

import dev.claimcheck.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command: picks a subcommand and maps every failure to an exit code. */
@Command(name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = ClaimcheckCommand.VersionProvider.class,
        description = "Checks the claims of policy articles against reference data with Drools rules.",
        subcommands = {VerifyCommand.class, BaselineCommand.class, ExplainCommand.class, RulesCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class ClaimcheckCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs claimcheck with the given streams and returns the exit code; for tests and for main. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ClaimcheckCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(ClaimcheckCommand::onBadArguments)
                .setExecutionExceptionHandler(new UnexpectedFailure());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("claimcheck: " + e.getMessage());
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.BAD_INPUT.code();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimcheck " + Version.get()};
        }
    }
}
