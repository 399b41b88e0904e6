package dev.claimcheck.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) as a request to stop, while a watching command runs: the check under way finishes and
 * the command returns its exit code, with no stack trace. A second Ctrl-C, for a check that does not
 * finish (a rule that spins), ends the program at once. Without the JDK's signal API, Ctrl-C ends the
 * program as it always does.
 */
final class CtrlC implements AutoCloseable {
    private static final Signal INT = new Signal("INT");
    private final SignalHandler previous;

    private CtrlC(SignalHandler previous) {
        this.previous = previous;
    }

    static CtrlC stops(Runnable stop) {
        try {
            boolean[] pressed = new boolean[1];
            return new CtrlC(Signal.handle(INT, signal -> {
                if (pressed[0]) {
                    System.err.println("claimcheck: stopped during a check; nothing more was checked");
                    Runtime.getRuntime().halt(ExitCode.BAD_INPUT.code());
                }
                pressed[0] = true;
                stop.run();
            }));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return new CtrlC(null);
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
