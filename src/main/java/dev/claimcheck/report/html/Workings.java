package dev.claimcheck.report.html;

import dev.claimcheck.engine.Check;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import dev.claimcheck.number.Comparison;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers behind a claim's checks: the derived figures its comparisons worked out, inputs before
 * what was made of them, and the reference values they read, with their sources and vintages.
 */
final class Workings {
    /** Observations by the label their values carry as provenance. */
    private final Map<String, Observation> observations;

    Workings(List<Series> series) {
        this.observations = series.stream().flatMap(s -> s.getObservations().stream())
                .collect(Collectors.toMap(Observation::label, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Every derived figure of the claim's comparisons, each once, inputs first. */
    List<View.Step> chain(ClaimResult claim) {
        Map<String, View.Step> steps = new LinkedHashMap<>();
        comparisons(claim).forEach(c -> {
            addDerived(c.getLeft(), steps);
            addDerived(c.getRight(), steps);
        });
        return List.copyOf(steps.values());
    }

    private static void addDerived(Quantity value, Map<String, View.Step> steps) {
        if (!value.isDerived()) {
            return;
        }
        value.getInputs().forEach(input -> addDerived(input, steps));
        String name = value.getName() == null ? "worked out" : value.getName();
        steps.putIfAbsent(value.getExpression(), new View.Step(name, value.getExpression(), value.getValueText()));
    }

    /** The reference values the claim's comparisons read, each once, with the source it cites. */
    List<View.SourceView> sources(ClaimResult claim) {
        Map<String, View.SourceView> sources = new LinkedHashMap<>();
        comparisons(claim).stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.getLeft().getSources().stream(),
                        c.getRight().getSources().stream()))
                .map(Quantity::getProvenance)
                .filter(p -> p != null && p.kind() == Provenance.Kind.REFERENCE)
                .map(p -> observations.get(p.id()))
                .filter(Objects::nonNull)
                .forEach(o -> sources.putIfAbsent(o.label(), source(o)));
        return List.copyOf(sources.values());
    }

    private static View.SourceView source(Observation observation) {
        Source cited = observation.getCitation();
        String fact = observation.getSeries() + " " + observation.getPeriod() + " = " + observation.getAmount();
        String vintage = "published " + observation.getPublishedAsWritten();
        if (cited == null) {
            return new View.SourceView(fact, vintage, observation.getSource(), "", null);
        }
        return new View.SourceView(fact, vintage, cited.getTitle(), cited.getPublisher(), webLink(cited.getUrl()));
    }

    /** The address when it is a web page; null otherwise, so no javascript: or data: link is ever made. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    private static List<Comparison> comparisons(ClaimResult claim) {
        List<Comparison> found = new ArrayList<>();
        for (Check check : claim.checks()) {
            if (check.comparison() != null) {
                found.add(check.comparison());
            }
        }
        return found;
    }
}
