package dev.claimcheck.load;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimReference;
import dev.claimcheck.model.ConversionClaim;
import dev.claimcheck.model.Event;
import dev.claimcheck.model.EventClaim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Quoted;
import dev.claimcheck.model.QuotedValue;
import dev.claimcheck.model.RateClaim;
import dev.claimcheck.model.RefersTo;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Unit;
import dev.claimcheck.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses claims whose amounts cannot be compared with what they are about: an amount in per cent for
 * a US$ series, a rate that is not a per cent, an amount of goods in another unit than the event's
 * coverage. Such a claim is a wrong shape of input, found at load with the field's place, not a rule
 * that fails half-way.
 */
final class UnitShapes {
    private UnitShapes() {
    }

    static List<Problem> check(FactBase facts) {
        Map<String, Unit> seriesUnits = new HashMap<>();
        for (Observation observation : facts.getObservations()) {
            seriesUnits.putIfAbsent(observation.getSeries(), observation.getAmount().getUnit());
        }
        Map<String, Unit> coverageUnits = new HashMap<>();
        for (Event event : facts.getEvents()) {
            event.getCoverage().stream().findFirst().ifPresent(a -> coverageUnits.put(event.getId(), a.getUnit()));
        }
        List<Problem> problems = new ArrayList<>();
        for (Claim claim : facts.getClaims()) {
            for (QuotedValue value : claim.getQuotedValues()) {
                if (value.form() == Quoted.WrittenAs.AMOUNT) {
                    problems.addAll(check(claim, value.field(), (Amount) value.value(), seriesUnits, coverageUnits));
                }
            }
        }
        return problems;
    }

    private static List<Problem> check(Claim claim, String field, Amount amount, Map<String, Unit> seriesUnits,
                                       Map<String, Unit> coverageUnits) {
        List<Problem> problems = new ArrayList<>();
        if (claim instanceof RateClaim && !Set.of(Unit.PERCENT, Unit.PERCENTAGE_POINT).contains(amount.getUnit())) {
            problems.add(new Problem(claim.locationOf(field), "the rate '" + amount + "' of a " + claim.getKind()
                    + " claim must be stated in per cent (e.g. \"10 per cent\" or \"10%\")"));
        }
        for (ClaimReference reference : claim.getReferences()) {
            // A series gives the unit of its levels and changes; an event the unit of the goods it covered.
            // A conversion's amounts are in the currencies its rate series declares, not in the rate's unit.
            Map<String, Unit> units = claim instanceof ConversionClaim ? Map.of()
                    : reference.kind() == RefersTo.Reference.SERIES ? seriesUnits
                    : reference.kind() == RefersTo.Reference.EVENT && claim instanceof EventClaim ? coverageUnits
                    : Map.of();
            Unit expected = units.get(reference.id());
            if (expected != null && expected != amount.getUnit()) {
                problems.add(new Problem(claim.locationOf(field), "the " + field + " of a " + claim.getKind()
                        + " claim of " + reference.id() + ", which is in " + expected.word() + ", must be stated in "
                        + expected.word() + ", but '" + amount + "' is in " + amount.getUnit().word()
                        + (amount.getUnit() == Unit.PERCENT ? "; a per-cent change is not a change of level" : "")));
            }
        }
        return problems;
    }
}
