package dev.claimcheck.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a check and prints its report, then runs it again each time a file under the watched directories
 * is saved, until it is stopped: by {@link #stop()} (Ctrl-C) or by an interrupt of the watching thread. A
 * check whose input is broken prints its problems and the watcher goes on; the next good check prints its
 * report. Each report is made in full before anything is printed, so the screen never shows half of one.
 */
public final class Watcher {
    /** One check: writes its report (or its problems) and says how it ended. */
    public interface Round {
        Result run(PrintWriter out, PrintWriter err);
    }

    /**
     * How a check ended: its exit code, and what its report said (null when nothing was checked: the
     * input could not be used).
     */
    public record Result(int exitCode, Snapshot snapshot) {
    }

    /**
     * @param clearScreen clear the terminal before each full report (only when standard output is one)
     * @param changesOnly after the first report, print only what changed since the last one
     */
    public record Options(boolean clearScreen, boolean changesOnly) {
    }

    /** The quiet period that ends the burst of events of one save: an editor's writes come within a few ms. */
    static final Duration QUIET = Duration.ofMillis(20);
    /** ANSI: cursor home, clear the screen, clear the scroll-back. */
    private static final String CLEAR = "\033[H\033[2J\033[3J";

    private final List<Path> directories;
    private final Options options;
    private volatile boolean stopped;
    private volatile DirectoryWatcher watching;
    private Snapshot lastReported;

    public Watcher(List<Path> directories, Options options) {
        this.directories = List.copyOf(directories);
        this.options = options;
    }

    /**
     * Checks, then checks again on every save until stopped; returns the exit code of the last check. The
     * warm-up runs once after the first check, in the background, while the user reads the report.
     */
    public int run(Round round, Runnable warmUp, PrintWriter out, PrintWriter err) throws IOException {
        int exitCode = 0;
        try (DirectoryWatcher changes = new DirectoryWatcher(directories, QUIET)) {
            watching = changes;
            boolean first = true;
            while (!stopped) {
                exitCode = check(round, out, err);
                if (first) {
                    Thread warming = new Thread(warmUp, "claimcheck-warm-up");
                    warming.setDaemon(true);
                    warming.start();
                    first = false;
                }
                if (changes.awaitChange().isEmpty()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // Stopped by whoever started the watcher.
        }
        err.println("claimcheck: stopped watching");
        err.flush();
        return exitCode;
    }

    /** Stops the watcher: a check under way finishes, then {@link #run} returns. */
    public void stop() {
        stopped = true;
        DirectoryWatcher changes = watching;
        if (changes != null) {
            try {
                changes.close();
            } catch (IOException e) {
                // Closing wakes the watcher or fails because it is closed already: it stops either way.
            }
        }
    }

    private int check(Round round, PrintWriter out, PrintWriter err) {
        StringWriter report = new StringWriter();
        StringWriter problems = new StringWriter();
        Result result = round.run(new PrintWriter(report), new PrintWriter(problems));
        Snapshot now = result.snapshot();
        if (options.changesOnly() && lastReported != null && now != null) {
            now.changesSince(lastReported).forEach(out::println);
        } else {
            if (options.clearScreen()) {
                out.print(CLEAR);
            }
            out.print(report);
        }
        if (now != null) {
            lastReported = now;
        }
        out.flush();
        err.print(problems);
        err.println("claimcheck: watching " + directories.stream().map(Path::toString).collect(Collectors.joining(", "))
                + "; each save checks again, Ctrl-C stops");
        err.flush();
        return result.exitCode();
    }
}
