package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.FactsFixture;
import dev.claimcheck.FactsFixture.SeedCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code claimcheck draft} as a user runs it: where it writes, what it refuses, and that its file verifies. */
class DraftCommandTest {
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^  published: (\\S+)$");
    /** A reviewed claim of the seed article, kept in claims.yaml before drafting with --merge. */
    private static final String REVIEWED = """
            article:
              title: reviewed
              outlet: test
              published: 2025-02-22
            claims:
              # reviewed by hand
              - id: call-on-friday-feb-21
                kind: weekday
                quote: on Friday (Feb 21)
                date: 2025-02-21
                weekday: friday
            """;

    @TempDir
    Path tmp;

    /** A copy of a bundled article with its claims.yaml removed, as a user starts; returns its date. */
    private String withoutClaims(SeedCopy copy) throws IOException {
        Matcher published = PUBLISHED.matcher(Files.readString(copy.claims()));
        assertTrue(published.find(), "the bundled claims give the article's date");
        Files.delete(copy.claims());
        return published.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {FactsFixture.SEED, FactsFixture.CUSTOMS})
    void aFreshlyDraftedFileLoadsAndNoDraftIsInconsistent(String slug) throws IOException {
        SeedCopy copy = FactsFixture.articleCopy(tmp, slug);
        String published = withoutClaims(copy);
        Cli draft = Cli.run("draft", copy.claims().getParent().toString(), "--facts", copy.facts().toString(),
                "--published", published);
        assertEquals(0, draft.exitCode(), draft.toString());
        assertTrue(Files.readString(copy.claims()).contains("draft: true"), "the drafts are marked");

        Cli verify = Cli.run("verify", "--facts", copy.facts().toString());
        assertNotEquals(2, verify.exitCode(), verify.toString());
        Cli.assertContainsAll(verify.out(), " 0 inconsistent,");
    }

    @Test
    void outputDashPrintsTheDraftsAndWritesNoFile() throws IOException {
        SeedCopy copy = FactsFixture.seedCopy(tmp);
        String published = withoutClaims(copy);
        Cli cli = Cli.run("draft", copy.claims().getParent().resolve("article.txt").toString(),
                "--facts", copy.facts().toString(), "--published", published, "--output", "-");
        assertEquals(0, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "published: " + published, "kind: weekday", "draft: true",
                "quote: \"on Friday (Feb 21)\"", "office: us-treasury-secretary");
        assertFalse(Files.exists(copy.claims()), "nothing is written with --output -");
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutMerge() throws IOException {
        SeedCopy copy = FactsFixture.seedCopy(tmp);
        String before = Files.readString(copy.claims());
        Cli cli = Cli.run("draft", copy.claims().getParent().toString(), "--facts", copy.facts().toString());
        assertEquals(2, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.err(), "claims.yaml exists: give --merge");
        assertEquals(before, Files.readString(copy.claims()), "the reviewed file is untouched");
    }

    @Test
    void mergeAppendsNewDraftsAndKeepsAReviewedClaimAsItIs() throws IOException {
        SeedCopy copy = FactsFixture.seedCopy(tmp);
        Files.writeString(copy.claims(), REVIEWED);
        Cli cli = Cli.run("draft", copy.claims().getParent().toString(), "--facts", copy.facts().toString(), "--merge");
        assertEquals(0, cli.exitCode(), cli.toString());
        String merged = Files.readString(copy.claims());
        assertTrue(merged.startsWith(REVIEWED), "the reviewed part is kept byte for byte:\n" + merged);
        String appended = merged.substring(REVIEWED.length());
        assertFalse(appended.contains("on Friday (Feb 21)\""), "the reviewed claim's quote is not drafted again:\n" + appended);
        Cli.assertContainsAll(appended, "draft: true", "office: us-treasury-secretary");

        Cli verify = Cli.run("verify", "--facts", copy.facts().toString());
        assertNotEquals(2, verify.exitCode(), verify.toString());
        Cli.assertContainsAll(verify.out(), " 0 inconsistent,");
    }
}
