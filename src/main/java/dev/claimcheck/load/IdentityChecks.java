package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Identity;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import dev.claimcheck.number.Unit;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import dev.claimcheck.problem.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the identities of reference data against the rest of it: every member a declared series, none
 * twice, one unit for all members whose observations give one, a source (when cited) that exists.
 */
final class IdentityChecks {
    private IdentityChecks() {
    }

    static List<Problem> check(FactBase facts) {
        Set<String> series = new TreeSet<>(facts.getSeries().stream().map(Series::getId).toList());
        Set<String> sources = new TreeSet<>(facts.getSources().stream().map(Source::getId).toList());
        Map<String, Unit> units = seriesUnits(facts);
        List<Problem> problems = new ArrayList<>();
        Map<String, Identity> seen = new HashMap<>();
        for (Identity identity : facts.getIdentities()) {
            if (identity.getId() == null || identity.getSeries() == null || identity.getEquals() == null) {
                continue;   // a missing required field is already reported
            }
            Identity first = seen.putIfAbsent(identity.getId(), identity);
            if (first != null) {
                problems.add(new Problem(identity.getLocation(), "duplicate identity id '" + identity.getId()
                        + "', first used at " + first.getLocation()));
            }
            problems.addAll(members(identity, series));
            if (identity.getSource() != null && !sources.contains(identity.getSource())) {
                problems.add(new Problem(identity.getLocation(), "unknown source '" + identity.getSource() + "'"
                        + Suggestions.didYouMean(identity.getSource(), sources) + " in identity '" + identity.getId()
                        + "': a source is listed under 'sources:'"));
            }
            oneUnit(identity, units).ifPresent(problems::add);
        }
        return problems;
    }

    /** Each member names a declared series, and no series is named twice. */
    private static List<Problem> members(Identity identity, Set<String> series) {
        List<Problem> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<String> members = identity.getMembers();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            // The defined series is reported at the identity, a term where the sum is written.
            SourceLocation at = i == 0 || identity.getEquals().getLocation() == null ? identity.getLocation()
                    : identity.getEquals().getLocation();
            if (!series.contains(member)) {
                problems.add(new Problem(at, "unknown series '" + member + "' in identity '" + identity.getId() + "'"
                        + Suggestions.didYouMean(member, series)
                        + ": each series of an identity is listed under 'series:' (its observations may be left out)"));
            } else if (!named.add(member)) {
                problems.add(new Problem(at, "series '" + member + "' appears twice in identity '" + identity.getId()
                        + "' (" + identity.describe() + "): each series may appear once"));
            }
        }
        return problems;
    }

    /** The members whose observations give a unit all have the same one. */
    private static Optional<Problem> oneUnit(Identity identity, Map<String, Unit> units) {
        Map<Unit, String> byUnit = new LinkedHashMap<>();
        identity.getMembers().stream().filter(units::containsKey).forEach(m -> byUnit.putIfAbsent(units.get(m), m));
        if (byUnit.size() < 2) {
            return Optional.empty();
        }
        List<String> parts = byUnit.entrySet().stream().map(e -> e.getValue() + " is in " + e.getKey().word()).toList();
        return Optional.of(new Problem(identity.getLocation(), "identity '" + identity.getId() + "' ("
                + identity.describe() + ") mixes units: " + String.join(", ", parts)
                + "; the series of an identity are in one unit"));
    }

    /** The unit of each series that has observations: that of its first. */
    private static Map<String, Unit> seriesUnits(FactBase facts) {
        Map<String, Unit> units = new HashMap<>();
        for (Observation observation : facts.getObservations()) {
            units.putIfAbsent(observation.getSeries(), observation.getAmount().getUnit());
        }
        return units;
    }

    /**
     * The unit of each series: that of its observations, or, for a series with none, that of the other
     * members of an identity it belongs to (a balance no table prints is in the unit of exports).
     */
    static Map<String, Unit> unitsThroughIdentities(FactBase facts) {
        Map<String, Unit> units = seriesUnits(facts);
        for (Identity identity : facts.getIdentities()) {
            if (identity.getSeries() != null && identity.getEquals() != null) {
                identity.getMembers().stream().map(units::get).filter(u -> u != null).findFirst()
                        .ifPresent(unit -> identity.getMembers().forEach(member -> units.putIfAbsent(member, unit)));
            }
        }
        return units;
    }
}
