package dev.claimcheck.load;

import dev.claimcheck.model.ExchangeRate;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Series;
import dev.claimcheck.number.Unit;
import dev.claimcheck.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses series whose values cannot be used together: observations of one series in different units
 * (a yuan value among US$ ones), and exchange-rate series whose currencies are unknown or whose values
 * carry a unit of their own (the declaration, not each value, says which currency per which).
 */
final class SeriesUnits {
    private static final String KNOWN = ExchangeRate.CURRENCIES.stream().map(Unit::word).collect(Collectors.joining(", "));

    private SeriesUnits() {
    }

    static List<Problem> check(FactBase facts) {
        List<Problem> problems = new ArrayList<>();
        for (Series series : facts.getSeries()) {
            problems.addAll(series.getRate() == null ? sharedUnit(series) : rate(series));
        }
        return problems;
    }

    private static List<Problem> sharedUnit(Series series) {
        List<Problem> problems = new ArrayList<>();
        Observation first = null;
        for (Observation observation : series.getObservations()) {
            if (observation.getAmount() == null) {
                continue;
            }
            if (first == null) {
                first = observation;
            } else if (observation.getAmount().getUnit() != first.getAmount().getUnit()) {
                problems.add(new Problem(observation.getLocation(), "the values of series " + series.getId()
                        + " must share one unit, but '" + observation.getAmount() + "' (" + observation.getPeriod()
                        + ") is in " + observation.getAmount().getUnit().word() + " and '" + first.getAmount() + "' ("
                        + first.getPeriod() + ") in " + first.getAmount().getUnit().word()
                        + "; a series in another currency is a series of its own"));
            }
        }
        return problems;
    }

    private static List<Problem> rate(Series series) {
        List<Problem> problems = new ArrayList<>();
        Optional<Unit> unit = currency(series, "unit", series.getRate().getUnit(), problems);
        Optional<Unit> per = currency(series, "per", series.getRate().getPer(), problems);
        if (unit.isPresent() && unit.equals(per)) {
            problems.add(new Problem(series.getLocation(), "the rate of series " + series.getId() + " is of "
                    + unit.get().word() + " per " + per.get().word() + ": an exchange rate is between two currencies"));
        }
        for (Observation observation : series.getObservations()) {
            if (observation.getAmount() != null && observation.getAmount().getUnit() != Unit.COUNT) {
                problems.add(new Problem(observation.getLocation(), "the values of exchange-rate series "
                        + series.getId() + " are plain numbers (e.g. \"7.1884\"), since its rate: declares the currencies,"
                        + " but '" + observation.getAmount() + "' is in " + observation.getAmount().getUnit().word()));
            }
        }
        return problems;
    }

    private static Optional<Unit> currency(Series series, String key, String written, List<Problem> problems) {
        if (written == null) {
            problems.add(new Problem(series.getLocation(), "the rate of series " + series.getId() + " has no '" + key
                    + "': write rate: {unit: yuan, per: US$} for a series of yuan per US$"));
            return Optional.empty();
        }
        Optional<Unit> currency = ExchangeRate.currency(written);
        if (currency.isEmpty()) {
            problems.add(new Problem(series.getLocation(), "the rate of series " + series.getId() + " has " + key + " '"
                    + written + "', which is not a currency claimcheck knows (" + KNOWN + ")"));
        }
        return currency;
    }
}
