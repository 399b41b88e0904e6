package dev.claimcheck.ruletest;

import java.util.List;
import java.util.Map;

/**
 * The result of one test case: what went wrong (nothing when it passed), how often each rule fired,
 * and which rules the case shows firing and staying quiet (for coverage).
 */
public record CaseResult(String file, String name, List<String> failures, Map<String, Integer> firings,
                         List<String> firedRules, List<String> quietRules) {
    public boolean passed() {
        return failures.isEmpty();
    }
}
