package dev.claimcheck.judge;

import dev.claimcheck.engine.Severity;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which error follows from which: one wrong figure breaks the claim that states it and every check
 * that computes with it. Each claim's errors lead with the one closest to the value a person typed
 * (its quote's disagreement, else its first error), and an error that computes with another claim's
 * wrong value follows from that claim's lead. A reader then sees one thing to fix; exit codes and
 * fingerprints stay per finding.
 */
final class Causes {
    private final Map<Finding, Finding> causeOf = new IdentityHashMap<>();

    Causes(List<Finding> findings) {
        Map<String, Finding> leads = new LinkedHashMap<>();
        findings.stream().filter(Causes::isError)
                .sorted((a, b) -> Boolean.compare(b.rule().precondition(), a.rule().precondition()))
                .forEach(f -> leads.putIfAbsent(f.claimId(), f));
        for (Finding finding : findings) {
            if (!isError(finding)) {
                continue;
            }
            Finding lead = leads.get(finding.claimId());
            Finding cause = lead != finding && lead.rule().precondition() ? lead : otherClaimsLead(finding, leads);
            if (cause != null) {
                causeOf.put(finding, cause);
            }
        }
        causeOf.replaceAll((finding, cause) -> root(cause));
    }

    private static boolean isError(Finding f) {
        return f.claim() != null && f.severity() == Severity.ERROR;
    }

    /** The lead error of another claim whose stated value this finding computed with. */
    private static Finding otherClaimsLead(Finding finding, Map<String, Finding> leads) {
        if (finding.comparison() == null) {
            return null;
        }
        return Stream.of(finding.comparison().getLeft(), finding.comparison().getRight())
                .flatMap(q -> q.getSources().stream())
                .map(Quantity::getProvenance)
                .filter(p -> p != null && p.kind() == Provenance.Kind.CLAIM && !p.id().equals(finding.claimId()))
                .map(p -> leads.get(p.id()))
                .filter(lead -> lead != null)
                .findFirst()
                .orElse(null);
    }

    private Finding root(Finding cause) {
        Set<Finding> seen = new HashSet<>();
        Finding root = cause;
        while (causeOf.containsKey(root) && seen.add(root)) {
            root = causeOf.get(root);
        }
        return root;
    }

    /** The finding this one follows from, or null when it is a cause itself (or not an error). */
    Finding of(Finding finding) {
        return causeOf.get(finding);
    }
}
