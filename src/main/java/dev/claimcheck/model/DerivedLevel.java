package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;

/**
 * A level no fact states but rules can work out, e.g. the 2023 level implied by a claimed 2024 level
 * and a claimed change. It keeps the claim it rests on (findings about it land there), the rule that
 * derived it, and its value's arithmetic.
 */
public class DerivedLevel implements Level {
    private final String article;
    private final String metric;
    private final int period;
    private final Quantity value;
    private final Claim claim;
    private final String rule;

    public DerivedLevel(Claim claim, String metric, int period, Quantity value, String rule) {
        this.article = claim.getArticle();
        this.metric = metric;
        this.period = period;
        this.value = value;
        this.claim = claim;
        this.rule = rule;
    }

    @Override
    public String getArticle() {
        return article;
    }

    @Override
    public String getMetric() {
        return metric;
    }

    @Override
    public int getPeriod() {
        return period;
    }

    @Override
    public Quantity getValue() {
        return value;
    }

    /** The claim this level is implied by; findings about it are reported on that claim. */
    public Claim getClaim() {
        return claim;
    }

    /** The id of the rule that derived it. */
    public String getRule() {
        return rule;
    }

    @Override
    public String getOrigin() {
        return "derived";
    }

    @Override
    public String toString() {
        return "DerivedLevel(" + metric + " " + period + " = " + value.describe() + ", by " + rule + ")";
    }
}
