package dev.claimcheck.pipeline;

/**
 * Prints how long each phase of a run took, to standard error, when CLAIMCHECK_TIMINGS is set: for
 * the benchmarks, and for anyone asking why a run is slow.
 */
final class PhaseTimer {
    private final boolean enabled;
    private long last = System.nanoTime();

    private PhaseTimer(boolean enabled) {
        this.enabled = enabled;
    }

    static PhaseTimer fromEnvironment() {
        String flag = System.getenv("CLAIMCHECK_TIMINGS");
        return new PhaseTimer(flag != null && !flag.isBlank());
    }

    void lap(String phase) {
        long now = System.nanoTime();
        if (enabled) {
            System.err.printf("timing %-6s %6d ms%n", phase, (now - last) / 1_000_000);
        }
        last = now;
    }
}
