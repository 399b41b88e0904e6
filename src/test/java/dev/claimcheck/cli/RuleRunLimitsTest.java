package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.WithSeedCopy;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.model.FactBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that spin, recurse, hoard memory, end the program or remove claims: each run ends with exit 2
 * and one line naming the rule (or the right verdict), never a hang, a stack trace or a green run.
 */
class RuleRunLimitsTest extends WithSeedCopy {
    private Path rulesWith(String name, String drl) throws IOException {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Files.writeString(rules.resolve(name + ".drl"), """
                package claimcheck.%s;
                import dev.claimcheck.model.*;
                %s
                """.formatted(name.replace('-', '_'), drl), StandardCharsets.UTF_8);
        return rules;
    }

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\n    @title(\"t\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    private record Ended(int exitCode, String out, String err) {
    }

    /** verify in a JVM of its own, which a spinning rule cannot hold up: the test waits at most a minute. */
    private Ended verifyInItsOwnJvm(Path rules, List<String> jvmOptions, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--facts", seed.facts().toString(), "--rules",
                rules.toString()));
        args.addAll(List.of(more));
        Process run = OwnJvm.claimcheck(jvmOptions, args.toArray(String[]::new)).start();
        var out = run.getInputStream();
        var err = run.getErrorStream();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ended");
        return new Ended(run.exitValue(), new String(out.readAllBytes(), StandardCharsets.UTF_8),
                new String(err.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void assertOneLine(Ended ended, String expected) {
        assertEquals(2, ended.exitCode(), ended.toString());
        assertEquals(expected, ended.err().strip(), "one line, no stack trace");
        assertEquals("", ended.out(), "no report");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spins in its consequence | $claim : WeekdayClaim() | while (true) { }
            spins in a condition     | $claim : WeekdayClaim(); eval(claimcheck.spins_in_a_condition.Spin.forever()) | int nothing = 0;
            """)
    void aSpinningRuleIsStoppedAtTheTimeout(String name, String when, String then) throws Exception {
        String drl = rule(name.replace(' ', '-'), when.replace("; ", "\n    "), then);
        if (name.contains("condition")) {
            drl = "function boolean spin() { while (true) { } }\n" + drl.replace(
                    "claimcheck.spins_in_a_condition.Spin.forever()", "spin()");
        }
        Ended ended = verifyInItsOwnJvm(rulesWith(name.replace(' ', '-'), drl), List.of(), "--rule-timeout", "2");
        assertEquals(2, ended.exitCode(), ended.toString());
        assertTrue(ended.err().strip().endsWith("did not finish within 2 s, the --rule-timeout limit: it probably spins"
                + " in a loop"), ended.err());
        assertEquals(1, ended.err().strip().lines().count(), ended.err());
    }

    @Test
    void aRuleThatRecursesWithoutEndIsOneLine() throws Exception {
        Path rules = rulesWith("deep", "function int deep(int n) { return deep(n + 1) + 1; }\n"
                + rule("deep", "$claim : WeekdayClaim()", "deep(0);"));
        assertOneLine(verifyInItsOwnJvm(rules, List.of()), rules.resolve("deep.drl") + ":4:1: rule deep (working on"
                + " weekday claim call-on-friday-feb-21) overflowed the stack: it probably calls itself without end");
    }

    @Test
    void aRuleThatHoardsMemoryUnderASmallHeapIsOneLine() throws Exception {
        Path rules = rulesWith("hoards", rule("hoards", "$claim : WeekdayClaim()",
                "java.util.List<long[]> all = new java.util.ArrayList<>(); while (true) { all.add(new long[1_000_000]); }"));
        assertOneLine(verifyInItsOwnJvm(rules, List.of("-Xmx256m")), rules.resolve("hoards.drl") + ":3:1: rule hoards"
                + " (working on weekday claim call-on-friday-feb-21) ran out of memory: it probably builds something"
                + " without end (the heap is set by the launcher; CLAIMCHECK_JAVA_OPTS=-Xmx... changes it)");
    }

    @Test
    void aRuleThatEndsTheProgramDoesNotEndItGreen() throws Exception {
        Path rules = rulesWith("exits", rule("exits", "$claim : WeekdayClaim()", "System.exit(0);"));
        // Lint refuses such a rule; given --allow-unsafe-rules, the guard still keeps the run from ending green.
        assertOneLine(verifyInItsOwnJvm(rules, List.of(), "--allow-unsafe-rules"), "claimcheck: a rule ended the program (System.exit) while"
                + " the rules ran; nothing was checked. 'claimcheck rules lint' names the rule.");
    }

    @Test
    void aRuleThatRemovesClaimsMakesEveryOneOfThemAnError() throws IOException {
        Path rules = rulesWith("retracts", "rule \"retracts\"\n    @title(\"t\")\n    salience 1000\nwhen\n"
                + "    $claim : Claim()\nthen\n    retract($claim);\nend\n");
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString(), "--rules", rules.toString(), "--no-cache");
        assertEquals(1, cli.exitCode(), cli.toString());
        int claims = seed.claimIds().size();
        assertTrue(cli.out().contains(claims + " claims: 0 consistent, " + claims + " inconsistent"), cli.out());
        assertTrue(cli.out().contains("error   claim-retracted: " + rules.resolve("retracts.drl") + ":3:1: rule retracts"
                + " removed this claim from the run, so no rule after it could check it"), cli.out());
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void aFiringLimitBelowOneIsRefused(String limit) {
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString(), "--max-firings", limit);
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().startsWith("claimcheck: --max-firings takes a number of firings of at least 1, not " + limit),
                cli.err());
    }

    @Test
    void exactlyTheLimitIsNotALoopOneFewerIs() throws Exception {
        FactBase facts = new FactsLoader().load(seed.facts());
        var rules = new RuleCompiler().compile(BundledRules.RULES);
        RunResult run = new RuleEngine(RuleEngine.DEFAULT_MAX_FIRINGS, 1_000_000).run(rules, facts);
        int fired = run.firings().values().stream().mapToInt(Integer::intValue).sum();
        new RuleEngine(fired, Duration.ofMinutes(1)).run(rules, facts);
        RuleRunException loop = org.junit.jupiter.api.Assertions.assertThrows(RuleRunException.class,
                () -> new RuleEngine(fired - 1, Duration.ofMinutes(1)).run(rules, facts));
        assertTrue(loop.getMessage().contains("did not finish: the rules fired more than " + (fired - 1) + " times"),
                loop.getMessage());
        assertTrue(loop.getMessage().startsWith("rules/"), "names the rule that fired: " + loop.getMessage());
    }
}
