package dev.claimcheck.cli;

import dev.claimcheck.engine.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error (articles checked of all, rate, time left) once a run has taken
 * longer than a delay (2 s; CLAIMCHECK_PROGRESS_DELAY_MS for tests), and only when standard error is a
 * terminal: never in CI (CI set), on a dumb terminal, or when standard error is piped or redirected.
 * Whether it is a terminal is asked only then, so short runs pay nothing: Java cannot test a stream, and
 * System.console() asks about standard input and output, so a {@code test -t 2} child inheriting our
 * standard error answers, as isatty(2) would.
 */
final class TerminalProgress implements Progress {
    private static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    private final long startNanos = System.nanoTime();
    private final Duration delay;
    private final Map<String, String> env;
    private final PrintStream err;
    private int total;
    private long done;
    private Boolean terminal;
    private ProgressBar bar;

    private TerminalProgress(Duration delay, Map<String, String> env, PrintStream err) {
        this.delay = delay;
        this.env = env;
        this.err = err;
    }

    /** A progress for this process, or none when the environment rules a bar out before any work. */
    static Progress forThisProcess() {
        Map<String, String> env = System.getenv();
        if (!allowedBy(env)) {
            return Progress.NONE;
        }
        return new TerminalProgress(delay(env.get("CLAIMCHECK_PROGRESS_DELAY_MS")), env, System.err);
    }

    private static Duration delay(String millis) {
        try {
            return millis == null ? DEFAULT_DELAY : Duration.ofMillis(Math.max(0, Long.parseLong(millis.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_DELAY;
        }
    }

    /** Never in CI logs (every CI service sets CI), nor on a terminal that cannot move the cursor. */
    static boolean allowedBy(Map<String, String> env) {
        String ci = env.get("CI");
        return (ci == null || ci.isEmpty() || ci.equalsIgnoreCase("false")) && !"dumb".equals(env.get("TERM"));
    }

    @Override
    public synchronized void started(int articles) {
        total = articles;
    }

    @Override
    public synchronized void checked(int articles) {
        done += articles;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (bar == null && elapsed.compareTo(delay) >= 0 && showsOnTerminal()) {
            bar = new ProgressBarBuilder().setTaskName("checking").setInitialMax(total).setUnit(" articles", 1)
                    .showSpeed().startsFrom(0, elapsed).setUpdateIntervalMillis(250)
                    .setConsumer(new InteractiveConsoleProgressBarConsumer(err, width())).build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
        }
    }

    private boolean showsOnTerminal() {
        if (terminal == null) {
            terminal = standardErrorIsTerminal();
        }
        return terminal;
    }

    private static boolean standardErrorIsTerminal() {
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            test.getOutputStream().close();
            return test.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The terminal's width when the shell exported COLUMNS, else a width every terminal has. */
    private int width() {
        try {
            return Math.max(40, Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
