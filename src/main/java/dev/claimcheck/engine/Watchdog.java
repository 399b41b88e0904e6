package dev.claimcheck.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;

/**
 * Bounds a rule run in time. The run goes on a thread of its own; when the time is up, every session
 * still running is halted, and the run is given up with the rule that was firing. A consequence that
 * spins in Java code cannot be stopped from outside: its thread is left to the program's end, which
 * follows at once (the threads are daemons), so the user hears of it instead of waiting forever.
 */
final class Watchdog {
    private final Duration limit;
    private final Map<KieSession, FiringRecorder> running = new ConcurrentHashMap<>();

    Watchdog(Duration limit) {
        this.limit = limit;
    }

    /** Runs the work within the limit; its RuleRunException (wrapped in a CompletionException) is rethrown. */
    <T> T run(Supplier<T> work) throws RuleRunException {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "claimcheck-rules");
            t.setDaemon(true);
            return t;
        });
        Future<T> result = thread.submit(work::get);
        thread.shutdown();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String where = running.values().stream().findFirst().map(FiringRecorder::currentFiring).orElse("a rule");
            running.keySet().forEach(KieSession::halt);
            result.cancel(true);
            throw new RuleRunException(where + " did not finish within " + limit.toSeconds() + " s, the --rule-timeout"
                    + " limit: it probably spins in a loop");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleRunException("the rule run was interrupted");
        }
    }

    private static RuleRunException unwrap(Throwable cause) {
        Throwable inner = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (inner instanceof RuleRunException e) {
            return e;
        }
        if (inner instanceof RuntimeException e) {
            throw e;
        }
        if (inner instanceof Error e) {
            throw e;
        }
        return new RuleRunException(String.valueOf(inner));
    }

    void watch(KieSession session, FiringRecorder recorder) {
        running.put(session, recorder);
    }

    void forget(KieSession session) {
        running.remove(session);
    }
}
