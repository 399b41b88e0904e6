package dev.claimcheck.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT), and kill's SIGTERM, as a request to stop while a watching command runs: the check under
 * way finishes and the command returns its exit code, with no stack trace. A second one, for a check that
 * does not finish (a rule that spins), ends the program at once. A signal the JVM cannot take (SIGINT is
 * ignored in a background job of a script) keeps its usual effect.
 */
final class CtrlC implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM");
    private final Map<Signal, SignalHandler> previous = new HashMap<>();

    static CtrlC stops(Runnable stop) {
        CtrlC handlers = new CtrlC();
        AtomicBoolean asked = new AtomicBoolean();
        SignalHandler stopping = signal -> {
            if (asked.getAndSet(true)) {
                System.err.println("claimcheck: stopped during a check; nothing more was checked");
                Runtime.getRuntime().halt(ExitCode.BAD_INPUT.code());
            }
            stop.run();
        };
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                handlers.previous.put(signal, Signal.handle(signal, stopping));
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // This signal keeps its usual effect.
            }
        }
        return handlers;
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
