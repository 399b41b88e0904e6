package dev.claimcheck.model;

import dev.claimcheck.problem.SourceLocation;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** Base of facts read from a file: keeps where each was read, for messages and reports. */
public abstract class LocatedFact implements Located {
    @JsonIgnore
    private SourceLocation location;

    @Override
    public SourceLocation getLocation() {
        return location;
    }

    @Override
    public void setLocation(SourceLocation location) {
        this.location = location;
    }
}
