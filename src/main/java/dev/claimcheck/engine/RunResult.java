package dev.claimcheck.engine;

import java.util.List;
import java.util.Map;

/** What one run of the rules produced: the checks recorded, and how often each rule fired. */
public record RunResult(List<Check> checks, Map<String, Integer> firings) {
    public int firings(String ruleId) {
        return firings.getOrDefault(ruleId, 0);
    }
}
