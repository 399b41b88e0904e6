package dev.claimcheck.number;

import java.util.Locale;

/** The three answers a comparison at stated precision can give. */
public enum Outcome {
    /** True for every exact value the statements allow (or, for equality, for some). */
    HOLDS,
    /** False for every exact value the statements allow. */
    FAILS,
    /** True for some exact values the statements allow and false for others. */
    UNDECIDED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
