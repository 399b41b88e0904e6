package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.WithSeedCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts files edited by hand: every mistake gives one line naming the place, and exit 2. */
class BadInputTest extends WithSeedCopy {
    private Cli verify() {
        return Cli.run("verify", "--facts", seed.facts().toString(), "--cache", tmp.resolve("cache").toString());
    }

    private static void assertBadInput(Cli cli, String... fragments) {
        assertEquals(2, cli.exitCode(), cli.toString());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertFalse(cli.err().contains("Exception"), "no exception names: " + cli.err());
        Cli.assertContainsAll(cli.err(), fragments);
    }

    @Test
    void aDuplicateKeyNamesItsLine() {
        seed.edit("    weekday: friday\n", "    weekday: friday\n    weekday: friday\n");
        assertBadInput(verify(), "claims.yaml:", "Duplicate field 'weekday'");
    }

    @Test
    void aNumberWithThousandsOfDigitsIsRefusedQuickly() {
        seed.edit("period: 2024", "period: " + "9".repeat(5000));
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), this::verify);
        assertBadInput(cli, "claims.yaml:");
    }

    @Test
    void anExponentNumberIsRefusedQuickly() {
        seed.edit("period: 2024", "period: 1e999999999");
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), this::verify);
        assertBadInput(cli, "claims.yaml:", "period");
    }

    @Test
    void deeplyNestedYamlIsRefusedByLimits() throws IOException {
        Files.writeString(seed.claims(), "article: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20), this::verify);
        assertBadInput(cli, "claims.yaml:");
    }

    @Test
    void aSymbolicLinkLoopIsNamed() throws IOException {
        Files.createSymbolicLink(seed.facts().resolve("articles/loop"), Path.of("loop"));
        assertBadInput(verify(), "articles/loop:1:1: a symbolic link that leads back to itself");
    }

    @Test
    void aMissingArticleTextIsNamed() throws IOException {
        Files.delete(seed.claims().resolveSibling("article.txt"));
        assertBadInput(verify(), "claims.yaml:1:1: missing ", "article.txt");
    }

    @Test
    void aMisquoteIsAFindingThatNamesTheClosestPassage() {
        seed.edit("quote: last year's deficit rose US$16.3 billion from 2023",
                "quote: last year's deficit grew US$16.3 billion from 2023");
        Cli cli = verify();
        assertEquals(1, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("error   quote-in-article: the quote is not in " + FactsFixture.SEED
                + "/article.txt; closest passage: \"last year's deficit rose US$16.3 billion from 2023"), cli.out());
    }

    @Test
    void problemsInRulesAndFactsAreReportedTogether() throws IOException {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        FactsFixture.replace(rules.resolve("time.drl"), "rule \"weekday-matches-date\"", "rule \"Weekday matches\"");
        seed.edit("date: 2025-02-21", "date: 2025-02-30");
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString(), "--rules", rules.toString(), "--no-cache");
        assertBadInput(cli, "time.drl:8:1: rule \"Weekday matches\" is not a rule id", "claims.yaml:", "2025-02-30", "2 problems");
    }

    @Test
    void noCommandWritesUnderFactsOrRules() {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        String before = FactsFixture.treeHash(seed.facts()) + FactsFixture.treeHash(rules);
        String f = seed.facts().toString();
        String r = rules.toString();
        List<String[]> commands = List.of(
                new String[] {"verify", "--facts", f, "--rules", r},
                new String[] {"verify", "--facts", f, "--rules", r, "--format", "json", "--format", "sarif=" + tmp.resolve("o.sarif")},
                new String[] {"baseline", "--facts", f, "--rules", r, "--output", tmp.resolve("b.json").toString()},
                new String[] {"explain", "deficit-2024", "--facts", f, "--rules", r},
                new String[] {"rules", "list", "--rules", r},
                new String[] {"rules", "lint", "--rules", r},
                new String[] {"rules", "test", "--rules", r});
        for (String[] command : commands) {
            assertTrue(Cli.run(command).exitCode() <= 1, String.join(" ", command));
            assertEquals(before, FactsFixture.treeHash(seed.facts()) + FactsFixture.treeHash(rules),
                    String.join(" ", command) + " wrote under facts/ or rules/");
        }
    }

    @Test
    void aLoopingRuleIsNamedWithTheClaimItWorkedOn() throws IOException {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Files.writeString(rules.resolve("loop.drl"), """
                package claimcheck.loop;
                import dev.claimcheck.model.*;
                rule "loops"
                    @title("t")
                when
                    $claim : WeekdayClaim()
                then
                    update($claim);
                end
                """);
        Cli cli = Cli.run("verify", "--facts", seed.facts().toString(), "--rules", rules.toString(), "--max-firings", "300",
                "--no-cache");
        assertBadInput(cli, "loop.drl:3:1: rule loops (fired ", "working on weekday claim call-on-friday-feb-21",
                "--max-firings");
    }
}
