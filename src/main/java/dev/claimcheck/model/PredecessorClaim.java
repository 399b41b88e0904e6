package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** "Bessent's predecessor, former Treasury secretary Janet Yellen": the previous (non-acting) holder. */
@JsonTypeName("predecessor")
public class PredecessorClaim extends Claim {
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERSON)
    private String person;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERSON)
    private String successor;
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.OFFICE)
    @Quoted(Quoted.WrittenAs.OFFICE)
    private String office;

    public String getPerson() {
        return person;
    }

    public String getSuccessor() {
        return successor;
    }

    public String getOffice() {
        return office;
    }
}
