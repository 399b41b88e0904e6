package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A checkable statement of an article: its stable id, the exact words it rests on, and typed content
 * defined by its kind. Subclasses are the claim kinds; the YAML field {@code kind} picks one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(LevelClaim.class),
        @JsonSubTypes.Type(PeakClaim.class),
        @JsonSubTypes.Type(ChangeClaim.class),
        @JsonSubTypes.Type(ComparisonClaim.class),
        @JsonSubTypes.Type(WeekdayClaim.class),
        @JsonSubTypes.Type(TimeClaim.class),
        @JsonSubTypes.Type(OfficeClaim.class),
        @JsonSubTypes.Type(PredecessorClaim.class),
        @JsonSubTypes.Type(RateClaim.class),
        @JsonSubTypes.Type(RankClaim.class),
        @JsonSubTypes.Type(SequenceClaim.class),
        @JsonSubTypes.Type(EventClaim.class),
})
public abstract class Claim extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String quote;
    /** Free text for the reader: context, caveats. */
    private String note;
    @JsonIgnore
    private String article;

    public String getId() {
        return id;
    }

    /** The exact words of the article this claim rests on. */
    public String getQuote() {
        return quote;
    }

    public String getNote() {
        return note;
    }

    /** The slug of the article that makes this claim. */
    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getAnnotation(JsonTypeName.class).value();
        }
    };

    /** The kind as written in YAML, e.g. "level". */
    public String getKind() {
        return KINDS.get(getClass());
    }

    @Override
    public String toString() {
        return getKind() + " claim " + id;
    }
}
