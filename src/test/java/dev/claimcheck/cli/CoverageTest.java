package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.TinyFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage of an article on a corpus of one: four mentions on line 3 ('US$5 billion' at column 17,
 * 'Friday' at 33, 'Feb 21' at 41, 'US$3 billion' at 67), a weekday claim covering two of them and two
 * passages marked unclaimed covering the others.
 */
class CoverageTest {
    private static final String TEXT = """
            Exports hit a record

            Exports rose to US$5 billion on Friday (Feb 21), and imports were US$3 billion.
            """;
    private static final String CLAIM = """
            - id: call-on-friday
              kind: weekday
              quote: on Friday (Feb 21)
              date: 2025-02-21
              weekday: friday
            """;
    private static final String UNCLAIMED = """
            unclaimed:
              - quote: Exports rose to US$5 billion
                reason: a test passage
              - quote: imports were US$3 billion
                reason: another test passage
            """;

    @TempDir
    Path tmp;

    private Path corpus(String claims, String unclaimed) throws IOException {
        Path facts = new TinyFacts(tmp).article("2025-02-22", claims, TEXT).dir();
        Files.writeString(claimsFile(facts), unclaimed, StandardOpenOption.APPEND);
        return facts;
    }

    private static Path claimsFile(Path facts) {
        return facts.resolve("articles/a/claims.yaml");
    }

    private static Cli verify(Path facts, String... extra) {
        return Cli.run(Stream.concat(Stream.of("verify", "--facts", facts.toString()), Stream.of(extra))
                .toArray(String[]::new));
    }

    @Test
    void claimsAndUnclaimedPassagesCoverEveryMention() throws IOException {
        Cli cli = verify(corpus(CLAIM, UNCLAIMED), "--min-coverage", "100");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "  coverage: 4/4 mentions covered (100%)",
                "0 info; coverage: 4/4 mentions covered (100%)");
        assertFalse(cli.out().contains("uncovered:"), cli.out());
    }

    @Test
    void aRemovedClaimLeavesItsMentionsUncoveredWithTheirLineAndColumn() throws IOException {
        Path facts = corpus("[]", UNCLAIMED);
        Cli cli = verify(facts);
        assertEquals(0, cli.exitCode(), "info findings do not fail the run by default: " + cli);
        String articleTxt = facts.resolve("articles/a/article.txt").toString();
        assertContainsAll(cli.out(), "  coverage: 2/4 mentions covered (50%)",
                "info    mention-uncovered: uncovered: 'Friday' at " + articleTxt + ":3:33",
                "info    mention-uncovered: uncovered: 'Feb 21' at " + articleTxt + ":3:41",
                "2 info; coverage: 2/4 mentions covered (50%)");
    }

    @Test
    void theJsonReportHasEachArticlesCoverageAndTheUncoveredMentions() throws IOException {
        Cli cli = verify(corpus("[]", UNCLAIMED), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertEquals("{\"mentions\":4,\"covered\":2,\"percent\":50}", report.at("/articles/0/coverage").toString());
        assertEquals("{\"mentions\":4,\"covered\":2,\"percent\":50}", report.at("/summary/coverage").toString());
        JsonNode first = report.at("/findings/0");
        assertEquals("mention-uncovered", first.get("rule").asText());
        assertEquals("info", first.get("severity").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(33, first.get("column").asInt());
        assertEquals(true, first.get("file").asText().endsWith("article.txt"));
    }

    @ParameterizedTest(name = "--min-coverage {0}: exit {1}")
    @CsvSource({"0, 0", "50, 0", "51, 1", "100, 1"})
    void minCoverageFailsBelowThePerCent(int min, int exit) throws IOException {
        Cli cli = verify(corpus("[]", UNCLAIMED), "--min-coverage", String.valueOf(min));
        assertEquals(exit, cli.exitCode(), cli.toString());
        if (exit == 1) {
            assertContainsAll(cli.err(), "claimcheck: article a: 2/4 mentions covered (50%), below --min-coverage "
                    + min + "%");
        }
    }

    @ParameterizedTest(name = "--min-coverage {0} is refused")
    @CsvSource({"-1", "101"})
    void minCoverageIsAPerCent(int min) throws IOException {
        Cli cli = verify(corpus(CLAIM, UNCLAIMED), "--min-coverage", String.valueOf(min));
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), "--min-coverage takes a per cent from 0 to 100, not " + min);
    }

    @Test
    void anUnclaimedQuoteNotInTheArticleIsALoadError() throws IOException {
        Path facts = corpus(CLAIM, UNCLAIMED.replace("imports were US$3 billion", "imports were US$4 billion"));
        Cli cli = verify(facts);
        assertEquals(2, cli.exitCode(), cli.toString());
        int line = Files.readAllLines(claimsFile(facts)).indexOf("  - quote: imports were US$4 billion") + 1;
        assertContainsAll(cli.err(), claimsFile(facts) + ":" + line + ":5: the unclaimed passage's quote is not in"
                + " a/article.txt");
        assertEquals(2, cli.err().lines().count(), "one line for the problem, one for the count: " + cli.err());
    }

    @Test
    void anUnclaimedPassageNeedsAReason() throws IOException {
        Cli cli = verify(corpus(CLAIM, UNCLAIMED.replace("    reason: another test passage\n", "")));
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), "reason");
    }
}
