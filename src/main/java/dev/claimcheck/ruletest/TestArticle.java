package dev.claimcheck.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An article of a rule test case, for rules that compare articles: its slug (the folder name), its
 * date (default 2025-02-22), its text (default: its claims' quotes, one a line) and its claims.
 */
public record TestArticle(String slug, LocalDate published, String text, JsonNode claims) {
    /** A slug is a folder name of the case's facts: one plain name, never a path. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public TestArticle {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("an article of a test case needs a slug of lower-case letters, digits"
                    + " and '-', not " + (slug == null ? "none" : "'" + slug + "'"));
        }
    }
}
