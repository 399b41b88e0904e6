package dev.claimcheck.cli;

import dev.claimcheck.engine.Severity;

/** The --fail-on threshold: the least severe finding that makes verify exit 1. */
enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The severity threshold, or null for never. */
    public Severity threshold() {
        return threshold;
    }
}
