package dev.claimcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A failure no command anticipated: one line for the user, the trace only with --debug. */
final class UnexpectedFailure implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("claimcheck: internal error: " + e + " (run again with --debug for details)");
        if (debugRequested(parsed)) {
            e.printStackTrace(err);
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    static boolean debugRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
