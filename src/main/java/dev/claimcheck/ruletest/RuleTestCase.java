package dev.claimcheck.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule test case: a few claims and reference facts, and what the rules must make of them.
 *
 * @param published the article's publication date (default 2025-02-22)
 * @param text the article's text; by default the claims' quotes, one per line
 * @param reference reference data: inline ({@code sources:}, {@code series:}, ...), a fixture's name, a
 *     YAML file relative to the test file (e.g. {@code ../../facts/reference/offices.yaml}), or a list of these
 * @param expect checks that must be recorded; every finding of the run must be listed here
 * @param fires rules that must fire at least once (for rules that derive facts rather than check claims)
 * @param silent rules that must report no finding (they may fire and pass)
 * @param idle rules that must not fire at all
 * @param articles further articles, each with its slug, date, text and claims; the case's own
 *     {@code published}, {@code text} and {@code claims} are the article {@code case}
 */
public record RuleTestCase(String name, LocalDate published, String text, JsonNode reference, JsonNode claims,
                           List<ExpectedCheck> expect, List<String> fires, List<String> silent,
                           List<String> idle, List<TestArticle> articles) {
    /** The slug of the article the case's own claims belong to. */
    public static final String CASE_ARTICLE = "case";

    public RuleTestCase {
        expect = expect == null ? List.of() : expect;
        fires = fires == null ? List.of() : fires;
        silent = silent == null ? List.of() : silent;
        idle = idle == null ? List.of() : idle;
        articles = articles == null ? List.of() : articles;
    }

    /** Every article of the case: its own (when it has claims, or no other article) and the further ones. */
    public List<TestArticle> allArticles() {
        List<TestArticle> all = new ArrayList<>();
        if (claims != null || articles.isEmpty()) {
            all.add(new TestArticle(CASE_ARTICLE, published, text, claims));
        }
        all.addAll(articles);
        return all;
    }
}
