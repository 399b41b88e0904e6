package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;

/**
 * What an identity gives for a claimed level: the other members' levels added up (with the arithmetic
 * and the source of each term), or why they cannot be added to it (a term in another unit). Derived by
 * {@code identity-value}; {@code identity-holds} compares it with the claim.
 */
public final class IdentityValue {
    private final Identity identity;
    private final LevelClaim claim;
    private final Quantity value;
    private final String problem;

    private IdentityValue(Identity identity, LevelClaim claim, Quantity value, String problem) {
        this.identity = identity;
        this.claim = claim;
        this.value = value;
        this.problem = problem;
    }

    static IdentityValue of(Identity identity, LevelClaim claim, Quantity value) {
        return new IdentityValue(identity, claim, value, null);
    }

    static IdentityValue unitsDiffer(Identity identity, LevelClaim claim, Quantity term) {
        return new IdentityValue(identity, claim, null, "identity " + identity.getId() + " (" + identity.describe()
                + ") cannot check " + claim.getValue().describe() + ", which is in " + claim.getValue().getUnit().word()
                + ", against " + term.describe() + ", which is in " + term.getUnit().word()
                + ": the members of an identity are in one unit");
    }

    public Identity getIdentity() {
        return identity;
    }

    public LevelClaim getClaim() {
        return claim;
    }

    public String getMetric() {
        return claim.getMetric();
    }

    public Period getPeriod() {
        return claim.getPeriod();
    }

    /** The other members added up, named "by identity ID"; null when their units differ from the claim's. */
    public Quantity getValue() {
        return value;
    }

    /** Why the identity could not give a value, or null. */
    public String getProblem() {
        return problem;
    }

    @Override
    public String toString() {
        return "IdentityValue(" + claim.getId() + ": " + (value != null ? value.describe() : problem) + ")";
    }
}
