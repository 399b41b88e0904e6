package dev.claimcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the claimcheck command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClaimcheckCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Fails unless the text contains every fragment, showing the text. */
    static void assertContainsAll(String text, String... fragments) {
        for (String fragment : fragments) {
            if (!text.contains(fragment)) {
                throw new AssertionError("expected '" + fragment + "' in:\n" + text);
            }
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
