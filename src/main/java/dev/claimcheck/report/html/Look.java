package dev.claimcheck.report.html;

import dev.claimcheck.judge.Verdict;

/**
 * How a verdict shows: its CSS class and an icon, so that it reads without colour too; and which is
 * more serious, for text several claims rest on (declared from least to most serious).
 */
enum Look {
    CONSISTENT, UNCHECKED, UNDECIDED, INCONSISTENT;

    static Look of(Verdict verdict) {
        return valueOf(verdict.name());
    }

    String verdictClass() {
        return "v-" + Verdict.valueOf(name()).word();
    }

    String icon() {
        return switch (this) {
            case CONSISTENT -> "✓";
            case UNCHECKED -> "–";
            case UNDECIDED -> "?";
            case INCONSISTENT -> "✗";
        };
    }

    Look worse(Look other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
