package dev.claimcheck.model;

import dev.claimcheck.problem.SourceLocation;
/** A fact read from a file, that knows where. */
public interface Located {
    SourceLocation getLocation();

    void setLocation(SourceLocation location);
}
