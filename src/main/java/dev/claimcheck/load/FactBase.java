package dev.claimcheck.load;

import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Everything read from a facts directory: articles with their claims, and reference data. */
public final class FactBase {
    private final List<Article> articles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

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

    public List<Observation> getObservations() {
        return series.stream().flatMap(s -> s.getObservations().stream()).toList();
    }

    /** Every object rules can match, in a stable order. */
    public Stream<Object> facts() {
        return Stream.of(articles.stream(), claims.stream(), getObservations().stream(), sources.stream())
                .flatMap(s -> s.map(Object.class::cast));
    }
}
