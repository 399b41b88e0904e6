package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** "The world's two largest economies": these subjects hold the top places of a ranking. */
@JsonTypeName("rank")
public class RankClaim extends Claim {
    @JsonProperty(required = true)
    private List<String> subjects;
    /** The ranking measure, e.g. gdp-nominal-usd. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.MEASURE)
    private String measure;
    /** The place the last subject holds; the subjects together fill places 1..top. */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.RANK)
    private Integer top;

    public List<String> getSubjects() {
        return subjects;
    }

    public String getMeasure() {
        return measure;
    }

    public int getTop() {
        return top;
    }
}
