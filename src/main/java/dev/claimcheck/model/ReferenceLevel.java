package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;

/** The reference value of a metric in force for an article: the newest vintage published by its date. */
public class ReferenceLevel implements Level {
    private final String article;
    private final Observation observation;

    public ReferenceLevel(String article, Observation observation) {
        this.article = article;
        this.observation = observation;
    }

    @Override
    public String getArticle() {
        return article;
    }

    @Override
    public String getMetric() {
        return observation.getSeries();
    }

    @Override
    public Period getPeriod() {
        return observation.getPeriod();
    }

    public Observation getObservation() {
        return observation;
    }

    @Override
    public Quantity getValue() {
        return observation.getValue();
    }

    @Override
    public Origin getOrigin() {
        return Origin.REFERENCE;
    }

    @Override
    public String toString() {
        return "ReferenceLevel(" + article + ": " + observation + ")";
    }
}
