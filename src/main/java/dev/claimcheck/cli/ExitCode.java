package dev.claimcheck.cli;

/** Every exit code claimcheck uses, in one place. */
public enum ExitCode {
    /** Nothing reached the --fail-on threshold. */
    OK(0),
    /** A finding reached the --fail-on threshold. */
    FINDINGS(1),
    /** The input, the rules or the command line could not be used; nothing was checked. */
    BAD_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
