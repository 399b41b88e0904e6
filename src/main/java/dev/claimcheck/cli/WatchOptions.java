package dev.claimcheck.cli;

import dev.claimcheck.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --watch and --changes-only: for the commands that can stay running and check again on every save. */
final class WatchOptions {
    @Option(names = "--watch",
            description = "Stay running: check again each time a file under the facts or rules directory is saved,"
                    + " reading again only the files that changed, and print the report again. Ctrl-C stops; the"
                    + " exit code is the last check's.")
    boolean watch;

    @Option(names = "--changes-only",
            description = "With --watch: after the first report, print only what changed since the last one (new"
                    + " and fixed findings, changed verdicts), one line each.")
    boolean changesOnly;

    /** Refuses --changes-only without --watch, where it would be ignored. */
    void check() throws Subcommand.UsageException {
        if (changesOnly && !watch) {
            throw new Subcommand.UsageException("--changes-only goes with --watch: it prints what changed between"
                    + " the reports of a watching run");
        }
    }

    /** Checks, then again on every save under the directories, until Ctrl-C; the last check's exit code. */
    ExitCode run(List<Path> directories, Watcher.Round round, Runnable warmUp, PrintWriter out, PrintWriter err)
            throws IOException {
        // Clearing the screen is for a person at a terminal, never for a file or a pipe.
        Watcher watcher = new Watcher(directories, new Watcher.Options(System.console() != null, changesOnly));
        try (CtrlC ignored = CtrlC.stops(watcher::stop)) {
            return ExitCode.of(watcher.run(round, warmUp, out, err));
        }
    }
}
