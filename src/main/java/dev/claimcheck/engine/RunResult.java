package dev.claimcheck.engine;

import java.util.List;
import java.util.Map;

/**
 * What one run of the rules produced: the checks recorded, how often each rule fired, and (when
 * traced) every firing.
 */
public record RunResult(List<Check> checks, Map<String, Integer> firings, List<Firing> trace) {
    public int firings(String ruleId) {
        return firings.getOrDefault(ruleId, 0);
    }
}
