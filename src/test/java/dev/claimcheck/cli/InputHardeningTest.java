package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Inputs that used to be misread in silence, or to leak what lies outside the facts: each is now found
 * or refused, with exit 2 and one line that names the place and says what was expected.
 */
class InputHardeningTest extends WithSeedCopy {
    private Cli verify(String... extra) {
        return Cli.run(verifyArgs(extra));
    }

    /** Exit 2, one problem: its line starts with the place and has the message. */
    private static void assertRefused(Cli cli, String place, String message) {
        assertEquals(2, cli.exitCode(), cli.toString());
        String first = cli.err().lines().findFirst().orElseThrow();
        assertEquals(place + ": " + message, first);
        assertEquals("claimcheck: 1 problem; nothing was checked", cli.err().lines().skip(1).findFirst().orElseThrow());
    }

    private Path article() {
        return seed.claims().getParent();
    }

    private String at(String text) {
        return seed.claims() + ":" + seed.lineOf(text);
    }

    @Test
    void aClaimsFileOfAnotherSpellingIsNamed() throws IOException {
        Files.move(seed.claims(), article().resolve("claims.yml"));
        assertRefused(verify(), article() + ":1:1",
                "no claims.yaml in this article folder, but claims.yml: rename it claims.yaml");
    }

    @Test
    void aClaimsFileOneFolderTooDeepIsNamed() throws IOException {
        Files.createDirectories(article().resolve("draft"));
        Files.move(seed.claims(), article().resolve("draft").resolve("claims.yaml"));
        assertRefused(verify(), article() + ":1:1", "no claims.yaml in this article folder, but one a folder deeper,"
                + " in draft/: an article's files go directly in articles/SLUG/");
    }

    @Test
    void aFactsDirectoryWithoutArticlesIsRefusedUnlessEmptyIsAllowed() throws IOException {
        FactsFixture.deleteTree(seed.facts().resolve("articles"));
        assertRefused(verify(), seed.facts() + ":1:1", "no articles/ folder: is this a facts directory? Expected"
                + " articles/SLUG/claims.yaml (give --allow-empty to check an empty corpus)");
        Cli allowed = verify("--allow-empty");
        assertEquals(0, allowed.exitCode(), allowed.toString());
        assertEquals("0 claims: 0 consistent, 0 inconsistent, 0 undecided, 0 unchecked; findings: 0 errors,"
                + " 0 warnings, 0 info", allowed.out().strip());
    }

    @Test
    void theRulesDirectoryIsNotAFactsDirectory() {
        Cli cli = Cli.run("verify", "--facts", BundledRules.RULES.toString());
        assertEquals(2, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.err(), "rules:1:1: no articles/ folder: is this a facts directory?");
    }

    @Test
    void aReferenceFileWithAnUpperCaseExtensionIsRefused() throws IOException {
        Path shouting = seed.facts().resolve("reference").resolve("extra.YAML");
        Files.writeString(shouting, "sources: []\n");
        assertRefused(verify(), shouting + ":1:1",
                "not read: reference files are YAML files named NAME.yaml (the extension is written in lower case)");
    }

    @Test
    void aClaimsFileWithoutClaimsIsRefused() throws IOException {
        String text = Files.readString(seed.claims());
        Files.writeString(seed.claims(), text.substring(0, text.indexOf("claims:")));
        assertRefused(verify(), seed.claims() + ":1:1", "missing 'claims:' (the list of the article's claims;"
                + " write 'claims: []' for an article with none yet)");
    }

    @ParameterizedTest(name = "a {0} marker")
    @CsvSource({"---", "..."})
    void aSecondDocumentInTheMiddleOfAClaimsFileIsRefused(String marker) {
        int line = seed.lineOf("  - id: deficit-2024");
        seed.edit("  - id: deficit-2024", marker + "\n  - id: deficit-2024");
        assertRefused(verify(), seed.claims() + ":" + line + ":1", "a second YAML document starts here: a file holds"
                + " one document, and everything after the marker would be left unread; remove the '---' or '...' line");
    }

    @Test
    void anAliasIsRefusedNotReadAsTheAnchorsName() {
        seed.edit("quote: US Treasury Secretary Scott Bessent", "quote: *q");
        Cli cli = verify();
        assertEquals(2, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.err(), at("quote: *q") + ":12: a YAML alias (*q): claimcheck does not read"
                + " anchors and aliases, so write the value out in full");
    }

    @Test
    void aPeriodThatIsNotAWholeNumberIsRefused() {
        seed.edit("period: 2024", "period: 2024.9");
        assertRefused(verify(), at("period: 2024.9") + ":13",
                "field 'period': a period is a year 2024, a quarter 2024-Q4, a month 2024-12 or a day 2024-12-31, not 2024.9");
    }

    @ParameterizedTest(name = "quote: {0}")
    @CsvSource({"''", "' '"})
    void anEmptyQuoteIsRefused(String empty) {
        seed.edit("quote: on Friday (Feb 21)", "quote: " + empty);
        assertRefused(verify(), at("quote: " + empty) + ":5", "an empty quote: a claim quotes the article's words"
                + " it rests on");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsSuchAndTheLimitCanBeRaised() throws IOException {
        Files.writeString(seed.claims(), Files.readString(seed.claims()) + "#" + "x".repeat(3_400_000) + "\n");
        long size = Files.size(seed.claims());
        assertEquals(0, verify().exitCode(), "a valid 3.4 MB claims file is read");
        assertRefused(verify("--max-file-size", "1000000"), seed.claims() + ":1:1", "the file has " + size
                + " bytes, over the limit of 1000000 bytes for one input file; raise it with --max-file-size if the file"
                + " is right");
    }

    @Test
    void anArticleTextOverTheLimitIsRefusedToo() throws IOException {
        Path text = article().resolve("article.txt");
        Files.writeString(text, Files.readString(text) + "word ".repeat(300_000));
        Cli cli = verify("--max-file-size", "1000000");
        assertEquals(2, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.err(), text + ":1:1: the file has ");
    }

    @Test
    void aTabIsPlacedWhereItIsAndDeepNestingWhereItDeepens() {
        int line = seed.lineOf("    kind: weekday");
        seed.edit("    kind: weekday", "\tkind: weekday");
        assertRefused(verify(), seed.claims() + ":" + line + ":1",
                "not valid YAML: a tab character where YAML needs spaces for indentation");
        seed.edit("\tkind: weekday", "    kind: weekday");
        seed.edit("    date: 2025-02-21", "    date: " + "[".repeat(60) + "]".repeat(60));
        Cli cli = verify();
        assertEquals(2, cli.exitCode());
        Cli.assertContainsAll(cli.err(), at("    date: [[[") + ":61: a value exceeds claimcheck's limits");
    }

    @Test
    void anArticleTextLinkedOutsideTheFactsIsNotRead() throws IOException {
        Path text = article().resolve("article.txt");
        Files.delete(text);
        Files.createSymbolicLink(text, Path.of("/proc/self/environ"));
        Cli cli = verify("--format", "github");
        assertRefused(cli, text + ":1:1", "a symbolic link to a file outside " + seed.facts().toRealPath()
                + ": not read; inputs must stay inside the directory they are read from");
        assertFalse((cli.out() + cli.err()).contains(System.getenv().getOrDefault("PATH", "PATH=")),
                "nothing of the linked file is printed");
    }

    @Test
    void aReferenceFileLinkedOutsideIsNotReadNorQuoted() throws IOException {
        Path outside = tmp.resolve("secret.yaml");
        Files.writeString(outside, "sources:\n  - {id: x, password: \"hunter2\"\n", StandardCharsets.UTF_8);
        Path link = seed.facts().resolve("reference").resolve("z.yaml");
        Files.createSymbolicLink(link, outside);
        Cli cli = verify();
        assertRefused(cli, link + ":1:1", "a symbolic link to a file outside " + seed.facts().toRealPath()
                + ": not read; inputs must stay inside the directory they are read from");
        assertFalse(cli.err().contains("hunter2"));
    }

    @Test
    void aRuleTestFixtureOutsideTheRepositoryIsNotRead() throws IOException {
        Path repo = tmp.resolve("repo");
        Path rules = FactsFixture.copy(BundledRules.RULES, repo.resolve("rules"));
        Path outside = tmp.resolve("secret.yaml");
        Files.writeString(outside, "offices:\n  - {id: x, password: \"hunter2\"}\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("tests").resolve("offices.yaml"), """
                cases:
                  - name: reads a file outside
                    reference: ../../../secret.yaml
                    claims: []
                """);
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString(), "offices");
        assertEquals(1, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "FAIL  reads a file outside", "cannot load the case's facts: a file outside "
                + repo.toRealPath() + ": not read");
        assertFalse(cli.out().contains("hunter2"));
    }
}
