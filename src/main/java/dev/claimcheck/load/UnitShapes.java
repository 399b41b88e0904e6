package dev.claimcheck.load;

import dev.claimcheck.model.ChangeClaim;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimReference;
import dev.claimcheck.model.ConversionClaim;
import dev.claimcheck.model.Event;
import dev.claimcheck.model.EventClaim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.MultipleClaim;
import dev.claimcheck.model.PercentChangeClaim;
import dev.claimcheck.model.Quoted;
import dev.claimcheck.model.QuotedValue;
import dev.claimcheck.model.RateClaim;
import dev.claimcheck.model.RefersTo;
import dev.claimcheck.model.ShareClaim;
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
    /** The units a kind's amount may be in whatever it is about, and how to say so. */
    private record Form(Set<Unit> units, String stated) {
    }

    private static final Map<Class<? extends Claim>, Form> FORMS = Map.of(
            RateClaim.class, new Form(Set.of(Unit.PERCENT, Unit.PERCENTAGE_POINT),
                    "stated in per cent (e.g. \"10 per cent\" or \"10%\")"),
            PercentChangeClaim.class, new Form(Set.of(Unit.PERCENT), "stated in per cent (e.g. \"5.9 per cent\")"),
            ShareClaim.class, new Form(Set.of(Unit.COUNT, Unit.PERCENT),
                    "a fraction (e.g. \"a third\", \"more than half\") or in per cent (e.g. \"36 per cent\")"),
            MultipleClaim.class, new Form(Set.of(Unit.COUNT), "a multiple (e.g. \"double\", \"nearly three times\")"));

    private UnitShapes() {
    }

    static List<Problem> check(FactBase facts) {
        Map<String, Unit> seriesUnits = IdentityChecks.unitsThroughIdentities(facts);
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
        Form form = FORMS.get(claim.getClass());
        if (form != null && !form.units().contains(amount.getUnit())) {
            problems.add(new Problem(claim.locationOf(field), "the " + field + " '" + amount + "' of a " + claim.getKind()
                    + " claim must be " + form.stated()));
        }
        for (ClaimReference reference : claim.getReferences()) {
            // A series gives the unit of its levels and changes; an event the unit of the goods it covered.
            // A conversion's amounts are in the currencies its rate series declares, not in the rate's unit.
            Map<String, Unit> units = claim instanceof ConversionClaim ? Map.of()
                    : reference.kind() == RefersTo.Reference.SERIES ? seriesUnits
                    : reference.kind() == RefersTo.Reference.EVENT && claim instanceof EventClaim ? coverageUnits
                    : Map.of();
            Unit expected = expectedUnit(claim, units.get(reference.id()));
            if (expected != null && expected != amount.getUnit() && !isRateChangeInPerCent(claim, expected, amount)) {
                problems.add(new Problem(claim.locationOf(field), "the " + field + " of a " + claim.getKind()
                        + " claim of " + reference.id() + ", which is in " + expected.word() + ", must be stated in "
                        + expected.word() + ", but '" + amount + "' is in " + amount.getUnit().word()
                        + (amount.getUnit() == Unit.PERCENT ? "; a per-cent change is not a change of level" : "")));
            }
        }
        return problems;
    }

    /**
     * The unit a claim about a series states its amount in: a per-cent change in per cent; a change in the
     * unit of a difference of the series' values (percentage points for a rate in per cent); else the series'.
     */
    private static Unit expectedUnit(Claim claim, Unit seriesUnit) {
        if (seriesUnit == null || claim instanceof PercentChangeClaim) {
            return seriesUnit == null ? null : Unit.PERCENT;
        }
        return claim instanceof ChangeClaim ? seriesUnit.changeUnit() : seriesUnit;
    }

    /** "Rose 1.2 per cent" of a rate in per cent is a writer's slip for points: a finding of the rules, not bad input. */
    private static boolean isRateChangeInPerCent(Claim claim, Unit expected, Amount amount) {
        return claim instanceof ChangeClaim && expected == Unit.PERCENTAGE_POINT && amount.getUnit() == Unit.PERCENT;
    }
}
