package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Firing;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DerivedLevel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a claim got its verdict: every rule that matched it (directly, or through a fact derived from
 * it), the other facts in each match and what the rule concluded; then the rules that could apply to
 * a claim of its kind but did not match it.
 */
public final class Explanation {
    private final ClaimResult claim;
    private final List<Firing> firings;
    private final List<RuleInfo> unmatched;
    private final Function<RuleInfo, Optional<String>> failingCondition;

    /**
     * @param failingCondition for a rule that did not match the claim, the condition on the claim that
     *     failed, when one can be judged on the claim alone
     */
    public Explanation(VerifyResult result, Claim claim, List<Firing> trace,
                       Function<RuleInfo, Optional<String>> failingCondition) {
        this.failingCondition = failingCondition;
        this.claim = result.claims().stream().filter(r -> r.claim() == claim).findFirst().orElseThrow();
        this.firings = trace.stream().filter(f -> involves(f, claim)).toList();
        Set<String> fired = firings.stream().map(f -> f.rule().id()).collect(Collectors.toSet());
        this.unmatched = result.rules().stream()
                .filter(r -> r.matchesType(claim.getClass()) && !fired.contains(r.id()))
                .toList();
    }

    private static boolean involves(Firing firing, Claim claim) {
        return firing.matched().stream().anyMatch(o -> o == claim
                || (o instanceof DerivedLevel derived && derived.getClaim() == claim));
    }

    public List<Firing> firings() {
        return firings;
    }

    public List<RuleInfo> unmatched() {
        return unmatched;
    }

    /** Writes the explanation for people, each line through {@link Lines}. */
    public void write(PrintWriter out) {
        Lines w = new Lines(out);
        Claim c = claim.claim();
        w.println(c.getId() + ": " + c.getKind() + " claim at " + c.getLocation() + ", verdict " + claim.verdictWord());
        w.println("  \"" + c.getQuote() + "\"");
        w.println();
        if (!claim.fromQuote().isEmpty()) {
            w.println("Fields from the quote (a draft: check each, then remove draft: true):");
            QuoteFields.block(claim).forEach(line -> w.println("  " + line));
            w.println();
        }
        w.println(firings.isEmpty() ? "No rule matched it." : "Rules that matched it:");
        for (Firing firing : firings) {
            w.println("  " + firing.rule().id() + " (" + firing.rule().location() + ")");
            List<String> others = firing.matched().stream().filter(o -> o != c).map(Explanation::describe).toList();
            if (!others.isEmpty()) {
                w.println("    with: " + String.join("; ", others));
            }
            for (Check check : firing.concluded()) {
                String label = check.isFinding() ? check.severity().word() : "pass";
                w.println("    concluded: " + label + ": " + check.message());
            }
            String fix = firing.rule().fix();
            if (fix != null && !fix.isBlank() && firing.concluded().stream().anyMatch(Check::isFinding)) {
                w.println("    to fix: " + fix);
            }
            firing.inserted().forEach(fact -> w.println("    derived: " + fact));
            if (firing.concluded().isEmpty() && firing.inserted().isEmpty()) {
                w.println("    concluded nothing");
            }
        }
        if (!unmatched.isEmpty()) {
            w.println();
            w.println("Rules that match " + c.getKind() + " claims but did not match this one (their conditions did not hold):");
            for (RuleInfo rule : unmatched) {
                w.println("  " + rule.id() + " (" + rule.location() + "): " + rule.title());
                Optional<String> failed = failingCondition.apply(rule);
                if (failed.isPresent()) {
                    w.println("    the claim fails its condition: " + failed.get());
                } else {
                    w.println("    no match for its conditions:");
                    rule.conditions().lines().forEach(line -> w.println("      " + line));
                }
            }
        }
        w.flush();
    }

    private static String describe(Object fact) {
        if (fact instanceof Claim other) {
            return other.toString() + " (" + other.getLocation() + ")";
        }
        return String.valueOf(fact);
    }
}
