package dev.claimcheck.cli;

import dev.claimcheck.Version;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.io.StandardOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command: picks a subcommand and maps every failure to an exit code. */
@Command(name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = ClaimcheckCommand.VersionProvider.class,
        description = "Checks the claims of policy articles against reference data with Drools rules.")
public final class ClaimcheckCommand implements Runnable {
    /**
     * The subcommands, by name. Building picocli's model of every command costs a tenth of a second, a
     * large share of a short run, so a run registers only the command it was asked for.
     */
    private static final String COMPLETION = "generate-completion";
    private static final Map<String, Supplier<Object>> COMMANDS = commands();
    /** Set when claimcheck itself ends the program, after a command returned. */
    private static volatile boolean ending;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(ClaimcheckCommand::refuseExitFromARule, "claimcheck-exit-guard"));
        int code = run(new StandardOutput(new FileOutputStream(FileDescriptor.out)),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
        ending = true;
        System.exit(code);
    }

    /**
     * A rule that ends the program (System.exit) while the rules run would end it with its own code, a
     * green run that checked nothing: the program ends instead with exit 2 and says why. (Runtime.halt
     * skips this guard; lint refuses rules that call either.)
     */
    private static void refuseExitFromARule() {
        // A rule left spinning after --rule-timeout still counts as running: claimcheck's own end is not its.
        if (!ending && RuleEngine.isRunningRules()) {
            System.err.println("claimcheck: a rule ended the program (System.exit) while the rules ran; nothing was"
                    + " checked. 'claimcheck rules lint' names the rule.");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCode.BAD_INPUT.code());
        }
    }

    /**
     * Runs claimcheck with the given streams and returns the exit code; for tests and for main. Output
     * that could not be written (a full disk, a closed pipe) makes the run fail with exit 2, whatever
     * the command: a report that was lost must not pass as a success.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ClaimcheckCommand());
        String asked = args.length > 0 ? args[0] : "";
        boolean versionOnly = asked.equals("--version") || asked.equals("-V");
        // help and the completion script need every command; any other run registers only its own.
        boolean one = COMMANDS.containsKey(asked) && !asked.equals("help") && !asked.equals(COMPLETION);
        COMMANDS.forEach((name, command) -> {
            if (!versionOnly && (!one || asked.equals(name))) {
                cli.addSubcommand(name, command.get());
            }
        });
        listExitCodes(cli);
        // Settings reach the subcommands registered so far, so they come last.
        cli.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(ClaimcheckCommand::onBadArguments)
                .setExecutionExceptionHandler(new UnexpectedFailure());
        int code = cli.execute(args);
        Optional<IOException> lost = StandardOutput.failureOf(out);
        if (lost.isPresent()) {
            err.println("claimcheck: cannot write: standard output: " + lost.get().getMessage());
            code = code == ExitCode.INTERNAL_ERROR.code() ? code : ExitCode.BAD_INPUT.code();
        }
        err.flush();
        return code;
    }

    /** Every command's help lists the exit codes it can return, from the one list in {@link ExitCode}. */
    private static void listExitCodes(CommandLine command) {
        Set<ExitCode> codes = command.getCommandSpec().userObject() instanceof Subcommand subcommand
                ? subcommand.exitCodes() : EnumSet.allOf(ExitCode.class);
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.listOf(codes));
        command.getSubcommands().values().forEach(ClaimcheckCommand::listExitCodes);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("verify", VerifyCommand::new);
        commands.put("baseline", BaselineCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("draft", DraftCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        commands.put(COMPLETION, picocli.AutoComplete.GenerateCompletion::new);
        return commands;
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
