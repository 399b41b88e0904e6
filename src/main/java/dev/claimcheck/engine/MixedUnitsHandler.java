package dev.claimcheck.engine;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DerivedLevel;
import dev.claimcheck.number.IncompatibleUnitsException;
import java.util.Optional;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Turns a rule's attempt to compare or combine amounts of different units (a yuan level with a US$ one,
 * per cent with percentage points) into an error finding on the claim it was checking, and lets the
 * run go on: the mix comes from the facts, and the claim is where to fix it. Any other exception, or a
 * mix with no claim to report on, stops the run as before (Drools' own handling).
 */
public final class MixedUnitsHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        IncompatibleUnitsException mix = mixIn(exception);
        Optional<Claim> claim = match.getObjects().stream().map(MixedUnitsHandler::claimOf)
                .flatMap(Optional::stream).findFirst();
        Object findings = runtime instanceof KieRuntime session ? session.getGlobals().get(RuleEngine.FINDINGS_GLOBAL) : null;
        if (mix == null || claim.isEmpty() || !(findings instanceof Findings report)) {
            throw new ConsequenceException(exception, runtime, match);
        }
        report.unitsMixed(claim.get(), mix);
    }

    private static IncompatibleUnitsException mixIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IncompatibleUnitsException mix) {
                return mix;
            }
        }
        return null;
    }

    /** The claim a fact stands for: itself, or the claim a derived level was worked out from. */
    private static Optional<Claim> claimOf(Object fact) {
        return fact instanceof Claim claim ? Optional.of(claim)
                : fact instanceof DerivedLevel derived ? Optional.of(derived.getClaim()) : Optional.empty();
    }
}
