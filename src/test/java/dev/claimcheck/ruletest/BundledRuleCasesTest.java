package dev.claimcheck.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.problem.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case in rules/tests/ and checks that each bundled rule is shown both firing and quiet. */
class BundledRuleCasesTest {
    private static final Path TESTS = BundledRules.RULES.resolve(RuleTestRunner.TESTS_DIR);

    @TestFactory
    Stream<DynamicTest> everyCasePasses() throws InputException {
        RuleTestRunner runner = new RuleTestRunner(BundledRules.compiled());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : runner.testFiles(TESTS)) {
            RuleTestFile cases = runner.read(file);
            assertFalse(cases.cases().isEmpty(), file + " has no cases");
            for (RuleTestCase testCase : cases.cases()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + testCase.name(), () -> {
                    CaseResult result = runner.run(file.toString(), cases, testCase);
                    assertTrue(result.passed(), String.join("\n", result.failures()));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasACaseThatMakesItFireAndOneThatKeepsItQuiet() throws InputException {
        RuleTestRunner runner = new RuleTestRunner(BundledRules.compiled());
        Set<String> fired = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Path file : runner.testFiles(TESTS)) {
            RuleTestFile cases = runner.read(file);
            for (RuleTestCase testCase : cases.cases()) {
                CaseResult result = runner.run(file.toString(), cases, testCase);
                if (result.passed()) {
                    fired.addAll(result.firedRules());
                    quiet.addAll(result.quietRules());
                }
            }
        }
        Set<String> neverFired = new TreeSet<>();
        Set<String> neverQuiet = new TreeSet<>();
        for (RuleInfo rule : BundledRules.compiled().rules()) {
            if (!fired.contains(rule.id())) {
                neverFired.add(rule.id());
            }
            if (!quiet.contains(rule.id())) {
                neverQuiet.add(rule.id());
            }
        }
        assertEquals(Set.of(), neverFired, "rules that no case makes fire");
        assertEquals(Set.of(), neverQuiet, "rules that no case keeps quiet");
    }
}
