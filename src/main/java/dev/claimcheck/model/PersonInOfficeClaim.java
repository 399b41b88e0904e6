package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A claim about a person and an office: who holds or held it, or who came before whom. */
public abstract class PersonInOfficeClaim extends Claim {
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.PERSON)
    private String person;
    /** An office id, e.g. us-treasury-secretary. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.OFFICE)
    @Quoted(Quoted.WrittenAs.OFFICE)
    private String office;

    public String getPerson() {
        return person;
    }

    public String getOffice() {
        return office;
    }
}
