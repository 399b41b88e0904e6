package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** "Bessent's predecessor, former Treasury secretary Janet Yellen": the previous (non-acting) holder. */
@JsonTypeName("predecessor")
public class PredecessorClaim extends PersonInOfficeClaim {
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERSON)
    private String successor;

    public String getSuccessor() {
        return successor;
    }
}
