package dev.claimcheck.number;

/**
 * Where a stated value was read, as data: a claim (by its id) or a reference fact (by its label).
 * Reports show it; fingerprints hash it. Values computed from others have none: their inputs do.
 */
public record Provenance(Kind kind, String id) {
    public enum Kind {
        /** A value a claim states; the id is the claim's. */
        CLAIM,
        /** A value of reference data; the id names the fact, its vintage and its source. */
        REFERENCE
    }

    public static Provenance claim(String claimId) {
        return new Provenance(Kind.CLAIM, claimId);
    }

    public static Provenance reference(String label) {
        return new Provenance(Kind.REFERENCE, label);
    }

    /** "claim deficit-2024", or a reference fact's label. */
    public String label() {
        return kind == Kind.CLAIM ? "claim " + id : id;
    }

    @Override
    public String toString() {
        return label();
    }
}
