package dev.claimcheck.judge;

import java.util.Locale;

/** A finding's standing against a baseline of accepted findings. */
public enum BaselineStatus {
    /** Not in the baseline (or no baseline was given): it gates. */
    NEW,
    /** In the baseline: known before this change, it does not gate. */
    UNCHANGED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
