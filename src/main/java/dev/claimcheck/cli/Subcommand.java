package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The frame of every subcommand: it does its work in {@link #execute()} and returns an exit code; the
 * failures every command can meet are told to the user here, once, each as one line. Anything else is
 * an internal error, handled by {@link UnexpectedFailure}.
 */
@Command(mixinStandardHelpOptions = true)
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /** Does the command's work. */
    protected abstract ExitCode execute() throws InputException, RuleRunException, UsageException, IOException;

    /** A command that gates: it can also exit 1, for a finding or a failed test case. */
    interface Gate {
    }

    /** The exit codes this command can return, for its help page. */
    Set<ExitCode> exitCodes() {
        return this instanceof Gate ? EnumSet.allOf(ExitCode.class)
                : EnumSet.of(ExitCode.OK, ExitCode.BAD_INPUT, ExitCode.INTERNAL_ERROR);
    }

    @Override
    public final Integer call() {
        try {
            return execute().code();
        } catch (InputException | RuleRunException | UsageException | IOException e) {
            return tell(e, err()).code();
        }
    }

    /**
     * Tells the user why the command could not do its work, one line (or one per problem), and returns
     * exit 2; for the failures {@link #execute()} declares.
     */
    static ExitCode tell(Exception e, PrintWriter err) {
        if (e instanceof InputException input) {
            input.getProblems().forEach(err::println);
            int n = input.getProblems().size();
            err.println("claimcheck: " + n + " problem" + (n == 1 ? "" : "s") + "; nothing was checked");
        } else if (e instanceof RuleRunException) {
            // Its message names the rule, its place and the claim.
            err.println(e.getMessage());
        } else if (e instanceof IOException) {
            err.println("claimcheck: cannot write: " + e.getMessage());
        } else {
            err.println("claimcheck: " + e.getMessage());
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A request the command cannot carry out as given: told to the user as one line, exit 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
