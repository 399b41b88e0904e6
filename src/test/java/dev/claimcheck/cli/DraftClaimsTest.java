package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draft claims (machine-proposed, not yet reviewed) through the whole command: checked like any other,
 * marked in the report with the words of the quote that filled each field, and failing the run under
 * --fail-on-draft. The article is made here, on the reference data of {@link PerCentChangeTest}.
 */
class DraftClaimsTest {
    private static final String ARTICLE = "2025-01-13-test-exports";
    private static final String TEXT = "China's exports reached US$3.58 trillion last year, the customs said.\n";
    private static final String CLAIM = """
              - id: exports-2024
                kind: level
                quote: exports reached US$3.58 trillion last year
                metric: cn-exports-usd
                period: 2024
                amount: US$3.58 trillion
            """;
    private static final String DRAFT = "    draft: true\n";

    @TempDir
    Path facts;

    @BeforeEach
    void writeReference() throws IOException {
        Files.createDirectories(facts.resolve("reference"));
        Files.writeString(facts.resolve("reference/trade.yaml"), PerCentChangeTest.REFERENCE);
    }

    private void writeClaim(String claim) throws IOException {
        Path article = Files.createDirectories(facts.resolve("articles").resolve(ARTICLE));
        Files.writeString(article.resolve("claims.yaml"),
                "article: {title: Exports in 2024, outlet: test, published: 2025-01-13}\nclaims:\n" + claim);
        Files.writeString(article.resolve("article.txt"), TEXT);
    }

    private Cli verify(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "verify";
        args[1] = "--facts";
        args[2] = facts.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return Cli.run(args);
    }

    @Test
    void aDraftIsCheckedLikeAnyOtherAndMarkedWithTheWordsThatFilledEachField() throws IOException {
        writeClaim(CLAIM + DRAFT);
        Cli cli = verify();
        assertEquals(0, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "consistent (draft) exports-2024",
                "draft   fields from the quote: period = 2024 (\"last year\" in an article of 2025-01-13);"
                        + " amount = \"US$3.58 trillion\"",
                "0 info; 1 draft");
    }

    @Test
    void failOnDraftExitsOneNamingTheDrafts() throws IOException {
        writeClaim(CLAIM + DRAFT);
        Cli cli = verify("--fail-on-draft");
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), "1 draft claim: exports-2024 (", "claims.yaml:3:5) not yet reviewed (--fail-on-draft)");
    }

    @Test
    void failOnDraftPassesOnceTheDraftIsReviewed() throws IOException {
        writeClaim(CLAIM);
        Cli cli = verify("--fail-on-draft");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertFalse(cli.out().contains("draft"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void explainShowsWhichWordsOfTheQuoteFilledWhichField() throws IOException {
        writeClaim(CLAIM + DRAFT);
        Cli cli = Cli.run("explain", "--facts", facts.toString(), "exports-2024");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "verdict consistent (draft)\n", """
                Fields from the quote (a draft: check each, then remove draft: true):
                  period  2024 ("last year" in an article of 2025-01-13)
                  amount  "US$3.58 trillion"
                """);
    }

    @Test
    void explainOfAReviewedClaimHasNoSuchBlock() throws IOException {
        writeClaim(CLAIM);
        Cli cli = Cli.run("explain", "--facts", facts.toString(), "exports-2024");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("verdict consistent\n"), cli.out());
        assertFalse(cli.out().contains("Fields from the quote"), cli.out());
    }
}
