package dev.claimcheck.model;

/** An id a claim gives for reference data or another claim, and the field (its Java name) it is written in. */
public record ClaimReference(String field, RefersTo.Reference kind, String id) {
    @Override
    public String toString() {
        return field + " " + id;
    }
}
