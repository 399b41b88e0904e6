package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.model.LevelStatement;
import dev.claimcheck.model.Period;
import dev.claimcheck.number.IncompatibleUnitsException;
import dev.claimcheck.number.Quantity;
import dev.claimcheck.number.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * The levels every article states, grouped by series, period and stated figure, so that a batch's session
 * holds only the statements that could contradict one of its level claims. Rules relate articles only by
 * a disagreement (agreement.drl: the later claim's value {@code checkEquals} the earlier one's, and fails),
 * and every statement of one figure agrees or disagrees with a claim alike: one comparison per figure
 * decides for all of them. Holding every statement in every session made a large corpus quadratic: 50,000
 * articles stating the same series and year meant 50,000 statements, and as many joins, per claim.
 */
final class LevelStatementIndex {
    private record Key(String metric, Period period) {
    }

    /** A stated figure: the interval and unit decide a comparison's outcome, not where it was read. */
    private record Figure(BigDecimal low, BigDecimal high, Unit unit) {
        static Figure of(Quantity q) {
            return new Figure(strip(q.getLow()), strip(q.getHigh()), q.getUnit());
        }

        private static BigDecimal strip(BigDecimal b) {
            return b == null ? null : b.stripTrailingZeros();
        }
    }

    private final Map<Key, Map<Figure, List<LevelStatement>>> byKey = new LinkedHashMap<>();

    LevelStatementIndex(Collection<Claim> claims) {
        for (Claim claim : claims) {
            if (claim instanceof LevelClaim level) {
                byKey.computeIfAbsent(new Key(level.getMetric(), level.getPeriod()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(Figure.of(level.getValue()), f -> new ArrayList<>())
                        .add(new LevelStatement(level));
            }
        }
    }

    /** The statements a batch needs: those of the batch's series and periods whose figure does not hold as equal. */
    List<LevelStatement> forBatch(List<Object> batch) {
        Set<LevelStatement> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LevelStatement> ordered = new ArrayList<>();
        for (Object fact : batch) {
            if (fact instanceof LevelClaim level) {
                Map<Figure, List<LevelStatement>> figures = byKey.getOrDefault(new Key(level.getMetric(),
                        level.getPeriod()), Map.of());
                figures.values().stream().filter(same -> mayContradict(level, same.get(0)))
                        .flatMap(List::stream).filter(chosen::add).forEach(ordered::add);
            }
        }
        return ordered;
    }

    /** Whether a rule could find the two apart: a comparison that does not hold, or units that cannot be compared. */
    private static boolean mayContradict(LevelClaim claim, LevelStatement statement) {
        try {
            return !claim.getValue().checkEquals(statement.getValue()).holds();
        } catch (IncompatibleUnitsException e) {
            return true;
        }
    }
}
