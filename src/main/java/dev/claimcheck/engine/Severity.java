package dev.claimcheck.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as severe as the other. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    public static Optional<Severity> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.word().equals(text)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Severity::word).toList();
    }
}
