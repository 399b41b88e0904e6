package dev.claimcheck.report;

import java.io.PrintWriter;

/**
 * Writes a report for people one line at a time, each through {@link OneLine#line}: whatever the facts
 * and rules hold, a line printed is one line on the screen and in a CI log, shows no escape sequence
 * and starts no workflow command.
 */
final class Lines {
    private final PrintWriter out;

    Lines(PrintWriter out) {
        this.out = out;
    }

    void println(String line) {
        out.println(OneLine.line(line));
    }

    /** One line made with {@link String#format}: the format ends no line of its own. */
    void printf(String format, Object... args) {
        println(String.format(format, args));
    }

    void println() {
        out.println();
    }

    void flush() {
        out.flush();
    }
}
