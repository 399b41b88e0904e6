package dev.claimcheck.model;

/** A fact read from a file, that knows where. */
public interface Located {
    SourceLocation getLocation();

    void setLocation(SourceLocation location);
}
