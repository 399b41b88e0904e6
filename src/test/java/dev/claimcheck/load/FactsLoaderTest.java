package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.LevelClaim;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static void assertOneProblem(List<String> problems, String fileLineColumn, String words) {
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(fileLineColumn), problems.get(0));
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    @Test
    void loadsTheBundledFactsWithLinesAndExactAmounts() throws InputException {
        FactBase facts = new FactsLoader().load(BundledRules.FACTS);
        assertEquals(1, facts.getArticles().size());
        assertTrue(facts.getClaims().size() >= 20, "about twenty seed claims");
        LevelClaim level = (LevelClaim) facts.getClaims().stream()
                .filter(c -> c.getId().equals("deficit-2024")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("295.4"), level.getAmount().getFigure());
        assertTrue(level.getLocation().line() > 1);
        assertTrue(facts.getObservations().stream().allMatch(o -> o.getCitation() != null));
    }

    @Test
    void everyQuoteIsInTheSeedArticle() throws InputException {
        FactBase facts = new FactsLoader().load(BundledRules.FACTS);
        String text = facts.getArticles().get(0).getText();
        for (Claim claim : facts.getClaims()) {
            assertTrue(text.contains(claim.getQuote()), claim.getId() + ": " + claim.getQuote());
        }
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws IOException {
        Path facts = write(ARTICLE + "  - id: x\n    kind: [weekday\n", "x");
        List<String> problems = problems(facts);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).matches("facts/articles/a/claims\\.yaml:\\d+:\\d+: not valid YAML: .*")
                || problems.get(0).contains("claims.yaml:"), problems.get(0));
    }

    @Test
    void aTabIsExplained() throws IOException {
        Path facts = write(ARTICLE + "  - id: x\n\tkind: weekday\n", "x");
        assertTrue(problems(facts).get(0).contains("tab"), problems(facts).get(0));
    }

    @Test
    void unknownFieldSuggestsTheClosestOne() throws IOException {
        Path facts = write(ARTICLE + """
                  - id: x
                    kind: weekday
                    quote: x
                    date: 2025-02-21
                    weekdya: friday
                """, "x");
        List<String> problems = problems(facts);
        assertTrue(problems.get(0).contains("claims.yaml:10:5: unknown field 'weekdya'; did you mean 'weekday'?"),
                String.join("\n", problems));
    }

    @Test
    void missingRequiredFieldNamesTheClaim() throws IOException {
        Path facts = write(ARTICLE + "  - id: x\n    kind: weekday\n    quote: x\n    date: 2025-02-21\n", "x");
        assertOneProblem(problems(facts), "claims.yaml:6:5", "missing required field 'weekday' in weekday claim x");
    }

    @Test
    void wrongTypesNameTheFieldAndWhatWasExpected() throws IOException {
        Path facts = write(ARTICLE + """
                  - id: x
                    kind: level
                    quote: x
                    metric: m
                    period: last year
                    amount: US$1 billion
                  - id: y
                    kind: rank
                    quote: y
                    subjects: United States
                    measure: m
                    top: 2
                  - id: z
                    kind: level
                    quote: z
                    metric: m
                    period: 2024
                    amount: 295.4
                """, "x y z");
        List<String> problems = problems(facts);
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("claims.yaml:10:13: field 'period': expected a whole number"), problems.get(0));
        assertTrue(problems.get(1).contains("claims.yaml:15:15: field 'subjects': expected a list"), problems.get(1));
        assertTrue(problems.get(2).contains("claims.yaml:23:13: field 'amount': an amount is written as text with its unit"),
                problems.get(2));
    }

    @Test
    void dateThatDoesNotExist() throws IOException {
        Path facts = write(ARTICLE + "  - id: x\n    kind: weekday\n    quote: x\n    date: 2025-02-30\n    weekday: friday\n", "x");
        assertOneProblem(problems(facts), "claims.yaml:9:11", "'2025-02-30' is not a date in the calendar");
    }

    @Test
    void unknownKindSuggestsOne() throws IOException {
        Path facts = write(ARTICLE + "  - id: x\n    kind: levle\n    quote: x\n", "x");
        assertOneProblem(problems(facts), "claims.yaml:7:11", "unknown claim kind 'levle'; did you mean 'level'?");
    }

    @Test
    void amountThatCannotBeRead() throws IOException {
        Path facts = write(ARTICLE + """
                  - id: x
                    kind: level
                    quote: x
                    metric: m
                    period: 2024
                    amount: US$ lots
                """, "x");
        assertOneProblem(problems(facts), "claims.yaml:11:13", "cannot read amount \"US$ lots\"");
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() throws IOException {
        Path facts = write(ARTICLE + """
                  - id: x
                    kind: weekday
                    quote: x
                    date: 2025-02-30
                    weekday: friday
                  - id: y
                    kind: levle
                    quote: y
                  - id: z
                    kind: weekday
                    quote: z
                    date: 2025-02-21
                    weekday: friday
                """, "x y z");
        assertEquals(2, problems(facts).size(), String.join("\n", problems(facts)));
    }

    @Test
    void duplicateClaimIdNamesBothPlaces() throws IOException {
        String claim = "  - id: x\n    kind: weekday\n    quote: x\n    date: 2025-02-21\n    weekday: friday\n";
        Path facts = write(ARTICLE + claim + claim, "x");
        assertOneProblem(problems(facts), "claims.yaml:11:5", "duplicate claim id 'x', first used at ");
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
