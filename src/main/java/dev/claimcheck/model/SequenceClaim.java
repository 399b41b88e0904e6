package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** "Beijing retaliated": one event came after, and in answer to, another. */
@JsonTypeName("sequence")
public class SequenceClaim extends Claim {
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String earlier;
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String later;

    public String getEarlier() {
        return earlier;
    }

    public String getLater() {
        return later;
    }
}
