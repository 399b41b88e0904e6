package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.time.Period;

/**
 * "Beijing retaliated": one event came after, and in answer to, another; with a gap, "one week before
 * Trump takes office": the earlier event came that long before the later.
 */
@JsonTypeName("sequence")
public class SequenceClaim extends Claim {
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String earlier;
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String later;
    /** The time between the two, as written: "one week", "7 days", "a month"; absent when the article gives none. */
    @Quoted(Quoted.WrittenAs.WORDS)
    private String gap;

    public String getEarlier() {
        return earlier;
    }

    public String getLater() {
        return later;
    }

    public String getGap() {
        return gap;
    }

    /** The gap as a length of time; null when there is none or claimcheck does not understand its words. */
    public Period getGapLength() {
        return gap == null ? null : RelativeTime.length(gap).orElse(null);
    }

    /** The day the later event falls on if the gap is right: the gap counted on from the earlier event's day. */
    public LocalDate gapAfter(LocalDate earlierDay) {
        return earlierDay.plus(getGapLength());
    }
}
