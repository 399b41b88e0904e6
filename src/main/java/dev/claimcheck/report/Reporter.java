package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import java.io.IOException;
import java.io.Writer;

/** One output format of a verify run. A new format is one new implementation, registered in {@link Reporters}. */
public interface Reporter {
    /** The name users pass to {@code --format}. */
    String name();

    void write(VerifyResult result, Writer out) throws IOException;

    /**
     * Whether the format prints every check of a claim, passing ones too ({@code ClaimResult.checks}); a
     * format that prints only findings, verdicts and counts says no, and a large run then holds far less.
     */
    default boolean printsPassingChecks() {
        return true;
    }
}
