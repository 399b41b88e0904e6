package dev.claimcheck.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule test case with several articles: each is written as its own article of the case's facts. */
class TestArticlesTest {
    private static final String TWO_ARTICLES = """
            cases:
              - name: two articles
                published: 2025-01-20
                claims:
                  - {id: later, kind: level, quote: "US$929.2 billion in 2024", metric: m, period: 2024, amount: US$929.2 billion}
                articles:
                  - slug: earlier-article
                    published: 2025-01-13
                    claims:
                      - {id: earlier, kind: level, quote: "US$992.2 billion in 2024", metric: m, period: 2024, amount: US$992.2 billion}
                expect:
                  - {rule: articles-agree, claim: %s, outcome: fail}
            """;

    @TempDir
    Path dir;

    private final RuleTestRunner runner = new RuleTestRunner(BundledRules.compiled());

    private CaseResult runOnly(String yaml) throws IOException, InputException {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("tests")).resolve("agreement.yaml"), yaml);
        RuleTestFile cases = runner.read(file);
        assertEquals(1, cases.cases().size());
        return runner.run(file.toString(), cases, cases.cases().get(0));
    }

    @Test
    void theClaimsOfEachArticleAreJudgedWithTheirOwnArticlesDate() throws Exception {
        CaseResult result = runOnly(TWO_ARTICLES.formatted("later"));
        assertTrue(result.passed(), String.join("\n", result.failures()));
    }

    @Test
    void aFindingOnTheOtherArticlesClaimIsNotTheOneExpected() throws Exception {
        CaseResult result = runOnly(TWO_ARTICLES.formatted("earlier"));
        assertEquals(2, result.failures().size(), String.join("\n", result.failures()));
        assertEquals("expected  fail articles-agree on earlier, but it was not reported", result.failures().get(0));
        assertEquals("unexpected fail articles-agree on later (error): US$929.2 billion [claim later] = the figure of"
                + " article earlier-article of 2025-01-13, with no revision published since US$992.2 billion [claim earlier]:"
                + " fails", result.failures().get(1));
    }

    @Test
    void anArticleWithoutOwnClaimsIsOnlyTheFurtherOnes() {
        RuleTestCase onlyFurther = new RuleTestCase("c", null, null, null, null, null, null, null, null,
                List.of(new TestArticle("one", null, null, null)));
        assertEquals(List.of("one"), onlyFurther.allArticles().stream().map(TestArticle::slug).toList());
        RuleTestCase plain = new RuleTestCase("c", null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(RuleTestCase.CASE_ARTICLE), plain.allArticles().stream().map(TestArticle::slug).toList());
    }

    @Test
    void aSlugThatIsAPathIsRefusedWhenTheFileIsRead() throws IOException {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("tests")).resolve("agreement.yaml"),
                TWO_ARTICLES.formatted("later").replace("slug: earlier-article", "slug: ../escape"));
        InputException e = assertThrows(InputException.class, () -> runner.read(file));
        assertTrue(e.getMessage().contains("not '../escape'"), e.getMessage());
    }

    @Test
    void twoArticlesOfOneSlugFailTheCase() throws Exception {
        CaseResult result = runOnly(TWO_ARTICLES.formatted("later").replace("slug: earlier-article", "slug: case"));
        assertEquals(List.of("two articles of case 'two articles' are named 'case'"), result.failures());
    }
}
