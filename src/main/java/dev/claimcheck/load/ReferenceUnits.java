package dev.claimcheck.load;

import dev.claimcheck.model.Event;
import dev.claimcheck.model.ExchangeRate;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Series;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Unit;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refuses reference data whose amounts rules would set against each other in different units: the
 * values of one series (a yuan value among US$ ones), the coverage of one event, the entries of one
 * ranking, and an event's rates (per cent); and exchange-rate series whose currencies are unknown or
 * whose values carry a unit of their own (the declaration, not each value, says which currency per which).
 * Found at load with the entry's place, so that no rule ever mixes currencies half-way through a run.
 */
final class ReferenceUnits {
    private static final String KNOWN = ExchangeRate.CURRENCIES.stream().map(Unit::word).collect(Collectors.joining(", "));

    private ReferenceUnits() {
    }

    static List<Problem> check(FactBase facts) {
        List<Problem> problems = new ArrayList<>();
        for (Series series : facts.getSeries()) {
            problems.addAll(series.getRate() == null
                    ? sameUnit(series.getObservations(), Observation::getAmount, o -> o.getPeriod() + ", " + o.getAmount(),
                            Observation::getLocation, "the values of series " + series.getId(),
                            "; a series in another currency is a series of its own")
                    : rate(series));
        }
        for (Event event : facts.getEvents()) {
            problems.addAll(sameUnit(event.getCoverage(), a -> a, Amount::toString, a -> event.getLocation(),
                    "the coverage of event " + event.getId(), ""));
            event.getRates().stream().filter(rate -> rate.getUnit() != Unit.PERCENT).findFirst().ifPresent(rate ->
                    problems.add(new Problem(event.getLocation(), "the rates of event " + event.getId()
                            + " must be stated in per cent, but '" + rate + "' is in " + rate.getUnit().word())));
        }
        for (Ranking ranking : facts.getRankings()) {
            problems.addAll(sameUnit(ranking.getEntries(), Ranking.Entry::value, e -> e.subject() + ", " + e.value(),
                    e -> ranking.getLocation(), "the entries of ranking " + ranking.getMeasure() + " " + ranking.getYear(), ""));
        }
        return problems;
    }

    /** One problem for each item whose amount is in another unit than the first item's. */
    private static <T> List<Problem> sameUnit(List<T> items, Function<T, Amount> amount, Function<T, String> label,
                                              Function<T, SourceLocation> location, String what, String hint) {
        List<T> stated = items.stream().filter(item -> item != null && amount.apply(item) != null).toList();
        if (stated.isEmpty()) {
            return List.of();
        }
        T first = stated.get(0);
        Unit unit = amount.apply(first).getUnit();
        return stated.stream().filter(item -> amount.apply(item).getUnit() != unit)
                .map(item -> new Problem(location.apply(item), what + " must share one unit, but " + label.apply(item)
                        + " is in " + amount.apply(item).getUnit().word() + " and " + label.apply(first) + " in "
                        + unit.word() + hint))
                .toList();
    }

    private static List<Problem> rate(Series series) {
        List<Problem> problems = new ArrayList<>();
        Optional<Unit> unit = currency(series, "unit", series.getRate().getUnit(), problems);
        Optional<Unit> per = currency(series, "per", series.getRate().getPer(), problems);
        if (unit.isPresent() && unit.equals(per)) {
            problems.add(new Problem(series.getLocation(), "the rate of series " + series.getId() + " is of "
                    + unit.get().word() + " per " + per.get().word() + ": an exchange rate is between two currencies"));
        }
        series.getObservations().stream().filter(Objects::nonNull)
                .filter(o -> o.getAmount() != null && o.getAmount().getUnit() != Unit.COUNT)
                .forEach(o -> problems.add(new Problem(o.getLocation(), "the values of exchange-rate series "
                        + series.getId() + " are plain numbers (e.g. \"7.1884\"), since its rate: declares the currencies,"
                        + " but '" + o.getAmount() + "' is in " + o.getAmount().getUnit().word())));
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
