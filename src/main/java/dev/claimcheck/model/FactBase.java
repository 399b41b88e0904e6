package dev.claimcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Everything read from a facts directory: articles with their claims, and reference data. */
public final class FactBase {
    private final List<Article> articles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Office> offices = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Ranking> rankings = new ArrayList<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private Publisher publisher;

    public List<Article> getArticles() {
        return articles;
    }

    public List<Claim> getClaims() {
        return claims;
    }

    public List<Series> getSeries() {
        return series;
    }

    public List<Source> getSources() {
        return sources;
    }

    public List<Office> getOffices() {
        return offices;
    }

    public List<Event> getEvents() {
        return events;
    }

    public List<Ranking> getRankings() {
        return rankings;
    }

    /** The waivers of facts/waivers.yaml; not facts for the rules, but for the report. */
    public List<Waiver> getWaivers() {
        return waivers;
    }

    /** Who publishes the fact checks, from facts/publisher.yaml; null when there is none. */
    public Publisher getPublisher() {
        return publisher;
    }

    public void setPublisher(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Identities between series, from reference files' {@code identities:}. */
    public List<Identity> getIdentities() {
        return identities;
    }

    /** Every reference fact that cites a source: observations, terms of office, events, rankings. */
    public List<Cited> getCitedFacts() {
        return Stream.of(getObservations().stream(), offices.stream().flatMap(o -> o.getTerms().stream()),
                events.stream(), rankings.stream(), getRecords().stream()).flatMap(s -> s.map(Cited.class::cast)).toList();
    }

    public List<Observation> getObservations() {
        return series.stream().flatMap(s -> s.getObservations().stream()).toList();
    }

    /** The exchange rates the series declare, one per exchange-rate series. */
    public List<ExchangeRate> getExchangeRates() {
        return series.stream().map(Series::getExchangeRate).filter(Objects::nonNull).toList();
    }

    /** The cited statements that a period was its series' record. */
    public List<SeriesRecord> getRecords() {
        return series.stream().flatMap(s -> s.getRecords().stream()).toList();
    }

    /**
     * The facts every article is checked against, in a stable order: reference data, and the levels
     * every article states (for the rules that compare articles).
     */
    public Stream<Object> referenceFacts() {
        return Stream.of(getObservations().stream(), sources.stream(), offices.stream(), events.stream(),
                        rankings.stream(), getRecords().stream(), levelStatements(),
                        identities.stream(), getExchangeRates().stream())
                .flatMap(s -> s.map(Object.class::cast));
    }

    private Stream<LevelStatement> levelStatements() {
        return claims.stream().filter(LevelClaim.class::isInstance).map(c -> new LevelStatement((LevelClaim) c));
    }
}
