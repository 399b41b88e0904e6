package dev.claimcheck.model;

/** An id a claim gives for reference data or another claim, and the field it is written in. */
public final class ClaimReference {
    private final String field;
    private final RefersTo.Reference kind;
    private final String id;

    ClaimReference(String field, RefersTo.Reference kind, String id) {
        this.field = field;
        this.kind = kind;
        this.id = id;
    }

    public String getField() {
        return field;
    }

    public RefersTo.Reference getKind() {
        return kind;
    }

    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return field + " " + id;
    }
}
