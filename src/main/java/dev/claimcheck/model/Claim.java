package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import dev.claimcheck.problem.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A checkable statement of an article: its stable id, the exact words it rests on, and typed content
 * defined by its kind. Subclasses are the claim kinds, listed in {@link ClaimKinds}; the YAML field
 * {@code kind} picks one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
public abstract class Claim extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String quote;
    /** Free text for the reader: context, caveats. */
    private String note;
    /** Proposed by a machine (claimcheck draft), not yet reviewed by a person. */
    @JsonProperty("draft") private boolean draft;
    @JsonIgnore
    private String article;
    @JsonIgnore
    private LocalDate published;
    @JsonIgnore
    private List<String> series;
    @JsonIgnore
    private FieldPlaces fieldLocations = FieldPlaces.NONE;

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

    /** Whether the claim was proposed by {@code claimcheck draft} and not yet reviewed. */
    public boolean isDraft() {
        return draft;
    }

    /** The slug of the article that makes this claim. */
    public String getArticle() {
        return article;
    }

    /** The date of the article that makes this claim: what "former", "last year" and vintages are judged by. */
    public LocalDate getPublished() {
        return published;
    }

    /** Places the claim in its article. */
    public void setArticle(Article article) {
        this.article = article.getSlug();
        this.published = article.getPublished();
    }

    /** The ids of the reference series the claim names: its fields marked {@code @RefersTo(SERIES)}. */
    public List<String> getSeries() {
        if (series == null) {
            series = getReferences().stream().filter(r -> r.kind() == RefersTo.Reference.SERIES)
                    .map(ClaimReference::id).toList();
        }
        return series;
    }

    /** Every id the claim gives for reference data or another claim: its fields marked {@code @RefersTo}. */
    public List<ClaimReference> getReferences() {
        return References.of(this);
    }

    /** Every value the claim's quote must state: its fields marked {@code @Quoted}. */
    public List<QuotedValue> getQuotedValues() {
        return References.quoted(this);
    }

    /** Where a field's value is written (its key's line and column), or where the claim starts. */
    public SourceLocation locationOf(String field) {
        return fieldLocations.of(field, getLocation());
    }

    /** Records where each field is written, by its name in Java; all in the claim's file. */
    public void setFieldLocations(Map<String, SourceLocation> locations) {
        this.fieldLocations = FieldPlaces.of(locations);
    }

    /** A value the claim states, as an interval labelled with the claim. */
    protected Quantity stated(Amount amount) {
        return amount.quantity(Provenance.claim(id));
    }

    /** The kind as written in YAML, e.g. "level". */
    public String getKind() {
        return ClaimKinds.name(getClass());
    }

    @Override
    public String toString() {
        return getKind() + " claim " + id;
    }
}
