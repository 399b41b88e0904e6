package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A news article: its metadata from claims.yaml and its verbatim text from article.txt. */
public class Article extends LocatedFact {
    /** The article's folder name under facts/articles/. */
    @JsonIgnore
    private String slug;
    @JsonProperty(required = true)
    private String title;
    @JsonProperty(required = true)
    private String outlet;
    private String dateline;
    @JsonProperty(required = true)
    private LocalDate published;
    /** Why the publication date is what it is, when the article does not print it. */
    private String publishedNote;
    private String url;
    private String author;
    @JsonIgnore
    private String text = "";
    @JsonIgnore
    private List<UnclaimedPassage> unclaimed = List.of();

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getDateline() {
        return dateline;
    }

    public LocalDate getPublished() {
        return published;
    }

    public String getPublishedNote() {
        return publishedNote;
    }

    public String getUrl() {
        return url;
    }

    public String getAuthor() {
        return author;
    }

    /** The article's words, verbatim. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Passages claims.yaml marks as deliberately unclaimed. */
    public List<UnclaimedPassage> getUnclaimed() {
        return unclaimed;
    }

    public void setUnclaimed(List<UnclaimedPassage> unclaimed) {
        this.unclaimed = List.copyOf(unclaimed);
    }

    @Override
    public String toString() {
        return "Article(" + slug + ")";
    }
}
