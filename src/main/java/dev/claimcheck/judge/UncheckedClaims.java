package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says so when no rule checked what a claim says and no rule said why: so that a missing rule file or
 * a rule whose conditions never match is a warning, never a silent pass.
 */
final class UncheckedClaims {
    private UncheckedClaims() {
    }

    static List<Check> checks(List<Claim> claims, List<Check> checks, List<RuleInfo> rules) {
        Map<Claim, List<Check>> byClaim = new IdentityHashMap<>();
        checks.forEach(check -> byClaim.computeIfAbsent(check.claim(), c -> new ArrayList<>()).add(check));
        List<Check> unchecked = new ArrayList<>();
        for (Claim claim : claims) {
            List<Check> own = byClaim.getOrDefault(claim, List.of());
            boolean silent = own.stream().noneMatch(Check::isFinding);
            if (silent && Verdict.of(own) == Verdict.UNCHECKED) {
                unchecked.add(new Check(BuiltInRules.CLAIM_UNCHECKED, claim, Outcome.FAIL, Severity.WARNING,
                        why(claim, rules), null));
            }
        }
        return unchecked;
    }

    private static String why(Claim claim, List<RuleInfo> rules) {
        List<String> candidates = rules.stream()
                .filter(rule -> rule.reports() && !rule.precondition() && rule.matchesType(claim.getClass()))
                .map(RuleInfo::id)
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            return "no rule checked this claim: no rule in the rules directory checks " + claim.getKind() + " claims";
        }
        return "no rule checked this claim: the rules for " + claim.getKind() + " claims (" + String.join(", ", candidates)
                + ") did not apply to it; 'claimcheck explain " + claim.getId() + "' shows why";
    }
}
