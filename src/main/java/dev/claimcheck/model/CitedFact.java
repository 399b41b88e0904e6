package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Base of reference facts: each cites, by id, a source listed under {@code sources:} in any reference file. */
public abstract class CitedFact extends LocatedFact implements Cited {
    @JsonProperty(required = true)
    private String source;
    @JsonIgnore
    private Source citation;

    @Override
    public String getSource() {
        return source;
    }

    @Override
    public Source getCitation() {
        return citation;
    }

    @Override
    public void setCitation(Source citation) {
        this.citation = citation;
    }
}
