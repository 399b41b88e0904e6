package dev.claimcheck.model;

/** A claim about a statistical series: a level, a peak or a change of one metric. */
public interface MetricClaim {
    String getArticle();

    String getMetric();
}
