package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.Quantity;

/** Which end of a series a record is at: "a record high" or "the lowest since 2008". */
public enum Extreme {
    @JsonProperty("highest") HIGHEST,
    @JsonProperty("lowest") LOWEST;

    /** Whether the claimed value beats another period's: above it for a high, below it for a low. */
    Comparison beats(Quantity claimed, Quantity other) {
        return this == HIGHEST ? claimed.checkAbove(other) : claimed.checkBelow(other);
    }

    /** Whether another period's value reaches the claimed one: at or above it for a high, at or below for a low. */
    Comparison reaches(Quantity other, Quantity claimed) {
        return this == HIGHEST ? other.checkAtLeast(claimed) : other.checkAtMost(claimed);
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
