package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;

/**
 * A level no fact states but rules can work out, e.g. the 2023 level implied by a claimed 2024 level
 * and a claimed change. It keeps the claim it rests on (findings about it land there) and its value's
 * arithmetic; {@code explain} shows the rule that derived it.
 */
public class DerivedLevel implements Level {
    private final String article;
    private final String metric;
    private final Period period;
    private final Quantity value;
    private final Claim claim;

    public DerivedLevel(Claim claim, String metric, Period period, Quantity value) {
        this.article = claim.getArticle();
        this.metric = metric;
        this.period = period;
        this.value = value;
        this.claim = claim;
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
    public Period getPeriod() {
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

    @Override
    public Origin getOrigin() {
        return Origin.DERIVED;
    }

    @Override
    public String toString() {
        return "DerivedLevel(" + metric + " " + period + " = " + value.describe() + ")";
    }
}
