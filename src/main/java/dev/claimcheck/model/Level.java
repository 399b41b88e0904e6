package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;

/**
 * The value of a metric for a period, as some fact gives it in the context of one article: a level
 * the article claims, a reference value in force on its publication date, or a level a rule derived.
 */
public interface Level {
    String getArticle();

    String getMetric();

    Period getPeriod();

    /** The value as an interval, labelled with where it came from. */
    Quantity getValue();

    /** Where the level comes from: a claim, reference data, or a rule's arithmetic. */
    Origin getOrigin();
}
