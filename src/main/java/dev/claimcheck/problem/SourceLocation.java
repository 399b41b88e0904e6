package dev.claimcheck.problem;

/** Where something was read: a file relative to the working directory, with 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
