package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.number.Relation;

/** "US$295.4 billion ... down from a peak of US$418.2 billion": one claim's value set against another's. */
@JsonTypeName("comparison")
public class ComparisonClaim extends Claim {
    /** The id of the claim whose value is compared. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String subject;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.RELATION)
    private Relation relation;
    /** The id of the claim it is compared with. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.CLAIM)
    private String object;

    public String getSubject() {
        return subject;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getObject() {
        return object;
    }
}
