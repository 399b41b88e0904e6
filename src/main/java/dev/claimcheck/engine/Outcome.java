package dev.claimcheck.engine;

import java.util.Locale;

/** What one rule concluded about one claim. */
public enum Outcome {
    /** The rule checked the claim and it holds. */
    PASS,
    /** The rule checked the claim and it does not hold. */
    FAIL,
    /** The rule checked the claim and cannot tell at the stated precision. */
    UNDECIDED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
