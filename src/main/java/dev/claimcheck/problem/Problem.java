package dev.claimcheck.problem;


/** One thing wrong with an input file, where it is and what to do about it. */
public record Problem(SourceLocation location, String message) {
    /** "facts/articles/x/claims.yaml:12:5: message", the form editors and CI annotations read. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
