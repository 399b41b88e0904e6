package dev.claimcheck.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A file of rule test cases, {@code rules/tests/NAME.yaml}: reference fixtures shared by its cases,
 * and the cases. Claims and reference data are written exactly as in {@code facts/}.
 */
public record RuleTestFile(Map<String, JsonNode> fixtures, List<RuleTestCase> cases) {
    public RuleTestFile {
        fixtures = fixtures == null ? Map.of() : fixtures;
        cases = cases == null ? List.of() : cases;
    }
}
