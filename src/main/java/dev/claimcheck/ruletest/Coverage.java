package dev.claimcheck.ruletest;

import dev.claimcheck.engine.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which rules the passing cases show firing, and which they show staying quiet. */
public record Coverage(Set<String> fired, Set<String> quiet, List<String> neverFired, List<String> neverQuiet,
                       int percentFired) {
    public static Coverage of(List<RuleInfo> rules, List<CaseResult> results) {
        Set<String> fired = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        results.stream().filter(CaseResult::passed).forEach(r -> {
            fired.addAll(r.firedRules());
            quiet.addAll(r.quietRules());
        });
        List<String> ids = rules.stream().map(RuleInfo::id).toList();
        fired.retainAll(ids);
        quiet.retainAll(ids);
        List<String> neverFired = ids.stream().filter(id -> !fired.contains(id)).sorted().toList();
        List<String> neverQuiet = ids.stream().filter(id -> !quiet.contains(id)).sorted().toList();
        int percent = ids.isEmpty() ? 100 : fired.size() * 100 / ids.size();
        return new Coverage(fired, quiet, neverFired, neverQuiet, percent);
    }
}
