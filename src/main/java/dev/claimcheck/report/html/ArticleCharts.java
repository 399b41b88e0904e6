package dev.claimcheck.report.html;

import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Level;
import dev.claimcheck.model.Period;
import dev.claimcheck.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The charts of one article: one per series its claims name, at the granularity of the periods it
 * claims (a second chart only when it claims a series both by year and by month, say).
 */
final class ArticleCharts {
    private final VerifyResult result;
    private final Article article;
    private final List<ClaimResult> claims;

    ArticleCharts(VerifyResult result, Article article) {
        this.result = result;
        this.article = article;
        this.claims = result.claims().stream().filter(c -> article.getSlug().equals(c.claim().getArticle())).toList();
    }

    List<View.ChartView> views(String articleAnchor) {
        Set<String> named = new LinkedHashSet<>();
        claims.forEach(c -> named.addAll(c.claim().getSeries()));
        List<View.ChartView> charts = new ArrayList<>();
        for (String id : named) {
            Optional<Series> series = result.series().stream().filter(s -> s.getId().equals(id)).findFirst();
            if (series.isEmpty()) {
                continue;
            }
            List<SeriesChart.Claimed> claimed = claimed(id);
            for (Period.Granularity granularity : granularities(series.get(), claimed)) {
                SeriesChart chart = new SeriesChart(series.get(), granularity, article.getPublished(), claimed);
                if (!chart.isEmpty()) {
                    charts.add(chart.view(articleAnchor + "-chart" + (charts.size() + 1)));
                }
            }
        }
        return charts;
    }

    /** The levels the article's claims state for the series, with their claims' verdicts. */
    private List<SeriesChart.Claimed> claimed(String seriesId) {
        List<SeriesChart.Claimed> claimed = new ArrayList<>();
        for (ClaimResult c : claims) {
            if (c.claim() instanceof Level level && seriesId.equals(level.getMetric()) && level.getPeriod() != null) {
                claimed.add(new SeriesChart.Claimed(level.getPeriod(), level.getValue(), Look.of(c.verdict()),
                        c.claim().getId() + ": " + level.getValue().getValueText() + " for " + level.getPeriod()
                                + " (" + c.verdictWord() + ")"));
            }
        }
        return claimed;
    }

    /** The granularities the article claims; when it states no level, the series' most frequent one. */
    private static Set<Period.Granularity> granularities(Series series, List<SeriesChart.Claimed> claimed) {
        Set<Period.Granularity> claimedOnes = new LinkedHashSet<>();
        claimed.forEach(c -> claimedOnes.add(c.period().getGranularity()));
        if (!claimedOnes.isEmpty()) {
            return claimedOnes;
        }
        return series.getObservations().stream()
                .collect(java.util.stream.Collectors.groupingBy(o -> o.getPeriod().getGranularity(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> Set.of(e.getKey())).orElse(Set.of());
    }
}
