package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.WithSeedCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edits that used to pass in silence: each one value line of the seed's claims, as a user would make
 * it by mistake. Each now fails the run and names the file and line of the value.
 */
class NoSilentPassTest extends WithSeedCopy {
    private Cli verify(String... extra) {
        return Cli.run(verifyArgs(extra));
    }

    /** Edits one value line and expects exit 1 with a finding at that line. */
    private void assertCaughtAt(String from, String to, String rule, String message, String... options) {
        int line = seed.lineOf(from);
        seed.edit(from, to);
        Cli cli = verify(concat(options, "--format", "github"));
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "file=" + seed.claims() + ",line=" + line + ",col=5,title=" + rule + "::", message);
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** One value line edited: the line, what it becomes, the rule that catches it, and what it says. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            office: prc-vice-premier       | office: prc-premier            | reference-exists      | he-lifeng-vice-premier: no office 'prc-premier' in facts/reference/
            office: us-treasury-secretary  | office: us-commerce-secretary  | reference-exists      | bessent-treasury-secretary: no office 'us-commerce-secretary' in facts/reference/
            event: us-eo-14195             | event: us-eo-14159             | reference-exists      | no event 'us-eo-14159' in facts/reference/; did you mean 'us-eo-14195'?
            metric: us-china-goods-deficit | metric: us-china-goods-deficits | reference-exists     | no series 'us-china-goods-deficits' in facts/reference/; did you mean 'us-china-goods-deficit'?
            event: trump-expects-xi-visit  | event: trump-expect-xi-visit   | reference-exists      | did you mean 'trump-expects-xi-visit'?
            expression: earlier this week  | expression: a fortnight ago    | time-words-understood | claimcheck does not understand the time words "a fortnight ago"
            """)
    void anEditedValueLineIsCaughtAtItsLine(String from, String to, String rule, String message) {
        assertCaughtAt(from, to, rule, message, "--fail-on", "warning");
    }

    @Test
    void aRecordWithNoHistoryToCompareIsSaid() throws IOException {
        Path reference = seed.facts().resolve("reference").resolve("exports.yaml");
        Files.writeString(reference, """
                sources:
                  - {id: s, publisher: test, title: test exports, url: "https://example.org", date: "2025"}
                series:
                  - id: test-exports
                    title: exports
                    observations:
                      - {period: 2024, amount: "US$171.8 billion", published: 2025-01-13, source: s, status: secondary}
                """, StandardCharsets.UTF_8);
        Path article = seed.claims().getParent();
        Files.writeString(article.resolve("article.txt"), Files.readString(article.resolve("article.txt"))
                + "\nExports reached a record US$171.8 billion in 2024.\n", StandardCharsets.UTF_8);
        seed.edit("claims:\n", """
                claims:
                  - id: record-exports
                    kind: peak
                    quote: a record US$171.8 billion in 2024
                    metric: test-exports
                    period: 2024
                    amount: US$171.8 billion
                """);
        Cli cli = verify("--fail-on", "warning", "--format", "github");
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "line=" + seed.lineOf("period: 2024") + ",col=5,title=peak-has-history::",
                "no other period of test-exports is in force on 2025-02-22, so whether 2024 was the peak is not checked;"
                        + " the values published by 2025-02-22 cover 2024");
    }

    @Test
    void aRuleFileRemovedLeavesItsClaimsUncheckedAndSaysSo() throws IOException {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Files.delete(rules.resolve("ranks.drl"));
        Cli cli = verify("--rules", rules.toString(), "--fail-on-unchecked", "--format", "github");
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "line=" + seed.lineOf("id: two-largest-economies") + ",col=5,title=claim-unchecked::"
                + "two-largest-economies: no rule checked this claim: no rule in the rules directory checks rank claims");
        assertEquals(0, verify("--rules", rules.toString()).exitCode(), "a warning alone does not fail by default");
    }

    @Test
    void aPerCentAmountOnAUsDollarSeriesIsAWrongShapeAtLoad() {
        int line = seed.lineOf("amount: US$16.3 billion");
        seed.edit("amount: US$16.3 billion", "amount: 3.9 per cent");
        Cli cli = verify();
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals(seed.claims() + ":" + line + ":5: the amount of a change claim of us-china-goods-deficit, which is"
                + " in US$, must be stated in US$, but '3.9 per cent' is in per cent; a per-cent change is not a change"
                + " of level\nclaimcheck: 1 problem; nothing was checked\n", cli.err());
    }
}
