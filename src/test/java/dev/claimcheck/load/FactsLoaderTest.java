package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.FactsFixture.SeedCopy;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.LevelClaim;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsLoaderTest {
    @TempDir
    Path tmp;

    private static final String ARTICLE = """
            article:
              title: t
              outlet: o
              published: 2025-02-22
            claims:
            """;

    /** A weekday claim as written in claims.yaml, five lines; its quote is its id. */
    private static String weekdayClaim(String id, String date) {
        return """
                  - id: %s
                    kind: weekday
                    quote: %s
                    date: %s
                    weekday: friday
                """.formatted(id, id, date);
    }

    /** A level claim as written in claims.yaml, six lines; its quote is its id, its metric m. */
    private static String levelClaim(String id, String period, String amount) {
        return """
                  - id: %s
                    kind: level
                    quote: %s
                    metric: m
                    period: %s
                    amount: %s
                """.formatted(id, id, period, amount);
    }

    /** Writes a facts directory of one article, a, with the claims file and (unless null) the article text. */
    private Path write(String claimsYaml, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("facts/articles/a"));
        Files.writeString(dir.resolve("claims.yaml"), claimsYaml, StandardCharsets.UTF_8);
        if (text != null) {
            Files.writeString(dir.resolve("article.txt"), text, StandardCharsets.UTF_8);
        }
        return tmp.resolve("facts");
    }

    private List<String> problems(Path facts) {
        InputException e = assertThrows(InputException.class, () -> new FactsLoader().load(facts));
        return e.getProblems().stream().map(Problem::toString).toList();
    }

    /** The problems of one article whose claims file is the article block and these claims. */
    private List<String> problemsOfClaims(String claims) throws IOException {
        return problems(write(ARTICLE + claims, "x"));
    }

    private static void assertOneProblem(List<String> problems, String fileLineColumn, String words) {
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(fileLineColumn), problems.get(0));
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    @Test
    void loadsTheSeedArticleWithLinesAndExactAmounts() throws InputException {
        SeedCopy seed = FactsFixture.seedCopy(tmp);
        FactBase facts = new FactsLoader().load(seed.facts());
        assertEquals(List.of(FactsFixture.SEED), facts.getArticles().stream().map(Article::getSlug).toList());
        assertEquals(seed.claimIds(), facts.getClaims().stream().map(Claim::getId).toList(),
                "every claim of the file, in its order");
        LevelClaim level = (LevelClaim) facts.getClaims().stream()
                .filter(c -> c.getId().equals("deficit-2024")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("295.4"), level.getAmount().getFigure());
        assertEquals(seed.lineOf("id: deficit-2024"), level.getLocation().line());
        assertTrue(facts.getObservations().stream().allMatch(o -> o.getCitation() != null));
    }

    /** Holds for whatever articles facts/ holds. */
    @Test
    void everyBundledQuoteIsInItsOwnArticle() throws InputException {
        FactBase facts = new FactsLoader().load(BundledRules.FACTS);
        Map<String, String> textBySlug = facts.getArticles().stream()
                .collect(Collectors.toMap(Article::getSlug, Article::getText));
        for (Claim claim : facts.getClaims()) {
            assertTrue(textBySlug.get(claim.getArticle()).contains(claim.getQuote()),
                    claim.getArticle() + "/" + claim.getId() + ": " + claim.getQuote());
        }
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws IOException {
        assertOneProblem(problemsOfClaims("  - id: x\n    kind: [weekday\n"),
                "facts/articles/a/claims.yaml:7:19: not valid YAML: ", "while parsing a flow sequence");
    }

    @Test
    void aTabIsExplained() throws IOException {
        assertOneProblem(problemsOfClaims("  - id: x\n\tkind: weekday\n"), "facts/articles/a/claims.yaml:",
                "not valid YAML: a tab character where YAML needs spaces for indentation");
    }

    @Test
    void unknownFieldSuggestsTheClosestOne() throws IOException {
        String misspelt = weekdayClaim("x", "2025-02-21").replace("weekday: friday", "weekdya: friday");
        List<String> problems = problemsOfClaims(misspelt);
        assertTrue(problems.get(0).contains("claims.yaml:10:5: unknown field 'weekdya'; did you mean 'weekday'?"),
                String.join("\n", problems));
    }

    @Test
    void missingRequiredFieldNamesTheClaim() throws IOException {
        assertOneProblem(problemsOfClaims("  - id: x\n    kind: weekday\n    quote: x\n    date: 2025-02-21\n"),
                "claims.yaml:6:5", "missing required field 'weekday' in weekday claim x");
    }

    @Test
    void wrongTypesNameTheFieldAndWhatWasExpected() throws IOException {
        Path facts = write(ARTICLE + levelClaim("x", "last year", "US$1 billion") + """
                  - id: y
                    kind: rank
                    quote: y
                    subjects: United States
                    measure: m
                    top: 2
                """ + levelClaim("z", "2024", "295.4"), "x y z");
        List<String> problems = problems(facts);
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("claims.yaml:10:13: field 'period': a period is a year 2024, a quarter 2024-Q4"), problems.get(0));
        assertTrue(problems.get(1).contains("claims.yaml:15:15: field 'subjects': expected a list"), problems.get(1));
        assertTrue(problems.get(2).contains("claims.yaml:23:13: field 'amount': an amount is written as text with its unit"),
                problems.get(2));
    }

    @Test
    void dateThatDoesNotExist() throws IOException {
        assertOneProblem(problemsOfClaims(weekdayClaim("x", "2025-02-30")),
                "claims.yaml:9:11", "'2025-02-30' is not a date in the calendar");
    }

    @Test
    void unknownKindSuggestsOne() throws IOException {
        assertOneProblem(problemsOfClaims("  - id: x\n    kind: levle\n    quote: x\n"),
                "claims.yaml:7:11", "unknown claim kind 'levle'; did you mean 'level'?");
    }

    @Test
    void amountThatCannotBeRead() throws IOException {
        assertOneProblem(problemsOfClaims(levelClaim("x", "2024", "US$ lots")),
                "claims.yaml:11:13", "cannot read amount \"US$ lots\"");
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() throws IOException {
        String unknownKind = "  - id: y\n    kind: levle\n    quote: y\n";
        List<String> problems = problemsOfClaims(
                weekdayClaim("x", "2025-02-30") + unknownKind + weekdayClaim("z", "2025-02-21"));
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("claims.yaml:9:11: field 'date': '2025-02-30' is not a date in the calendar"),
                problems.get(0));
        assertTrue(problems.get(1).contains("claims.yaml:12:11: unknown claim kind 'levle'"), problems.get(1));
    }

    @Test
    void duplicateClaimIdNamesBothPlaces() throws IOException {
        String claim = weekdayClaim("x", "2025-02-21");
        assertOneProblem(problemsOfClaims(claim + claim), "claims.yaml:11:5", "duplicate claim id 'x', first used at ");
    }

    @Test
    void missingArticleText() throws IOException {
        Path facts = write(ARTICLE + "  []\n", null);
        assertOneProblem(problems(facts), "claims.yaml:1:1", "article.txt");
    }

    @Test
    void emptyFile() throws IOException {
        Path facts = write("", "x");
        assertOneProblem(problems(facts), "claims.yaml:1:1", "the file is empty");
    }

    @Test
    void notUtf8() throws IOException {
        Path facts = write("x", "x");
        Files.write(facts.resolve("articles/a/claims.yaml"),
                new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
        assertOneProblem(problems(facts), "claims.yaml:1:4", "not UTF-8");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException, InputException {
        String yaml = "\uFEFF" + (ARTICLE + "  - id: x\n    kind: weekday\n    quote: on Friday\n    date: 2025-02-21\n    weekday: friday\n")
                .replace("\n", "\r\n");
        Path facts = write(yaml, "Talks on Friday\r\nended.");
        FactBase loaded = new FactsLoader().load(facts);
        assertEquals(6, loaded.getClaims().get(0).getLocation().line());
    }

    @Test
    void referenceValueMustCiteAKnownSource() throws IOException {
        Path facts = write(ARTICLE + "  []\n", "x");
        Files.createDirectories(facts.resolve("reference"));
        Files.writeString(facts.resolve("reference/r.yaml"), """
                sources:
                  - {id: census, publisher: p, title: t, url: u, date: "2025"}
                series:
                  - id: s
                    title: t
                    observations:
                      - {period: 2024, amount: US$1 billion, published: 2025-02-05, source: cenus, status: official}
                """);
        assertOneProblem(problems(facts), "r.yaml:7:9", "unknown source 'cenus'; did you mean 'census'?");
    }

    @Test
    void billionLaughsIsRefusedByLimits() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        Path facts = write(yaml.toString(), "x");
        List<String> problems = problems(facts);
        assertTrue(problems.get(0).contains("claims.yaml:"), problems.get(0));
    }
}
