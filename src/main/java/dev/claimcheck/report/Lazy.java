package dev.claimcheck.report;

import java.util.function.Supplier;

/**
 * A value made on first use. Every reporter is made when claimcheck starts (to list the formats), but a
 * run writes one or two formats: their mappers (and the XML and YAML writers' classes) cost start-up time
 * only when they are used.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
