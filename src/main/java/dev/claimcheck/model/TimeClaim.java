package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * "On Thursday", "last year", "earlier this week": words that place an event in time relative to the
 * article's date, the dates they resolve to, and the event they place (an id in facts/reference).
 */
@JsonTypeName("time")
public class TimeClaim extends Claim {
    /** The time words as written, e.g. "on Thursday". */
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.WORDS)
    private String expression;
    /** The first day the words cover once resolved against the publication date. */
    @JsonProperty(required = true)
    private LocalDate start;
    /** The last day they cover; the same as start for a single day. */
    @JsonProperty(required = true)
    private LocalDate end;
    /** What happened then. */
    @JsonProperty(required = true)
    @RefersTo(RefersTo.Reference.EVENT)
    private String event;

    public String getExpression() {
        return expression;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getEvent() {
        return event;
    }

    /** The recorded dates as a span. */
    public DateSpan getSpan() {
        return new DateSpan(start, end);
    }
}
