package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Identity;
import dev.claimcheck.model.ReferenceCatalog;
import dev.claimcheck.model.RefersTo;
import dev.claimcheck.model.SeriesSum;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code identities:} key of reference files: what loads, and the one-line errors of what does not. */
class IdentityLoadTest {
    @TempDir
    Path tmp;

    /** Line 1 to 13; the identity written last is on line 14. */
    private static final String REFERENCE = """
            sources:
              - {id: gacc, publisher: p, title: t, url: u, date: "2025"}
            series:
              - id: cn-exports-usd
                title: exports
                observations:
                  - {period: 2024, amount: US$3.58 trillion, published: 2025-01-13, source: gacc, status: secondary}
              - {id: cn-imports-usd, title: imports}
              - {id: cn-trade-balance-usd, title: balance}
              - id: cn-exports-cny
                title: exports in yuan
                observations: [{period: 2024, amount: 25.45 trillion yuan, published: 2025-01-13, source: gacc, status: secondary}]
            identities:
            """;

    private Path facts(String identities, String claims) throws IOException {
        Path facts = tmp.resolve("facts");
        Files.createDirectories(facts.resolve("reference"));
        Files.createDirectories(facts.resolve("articles/a"));
        Files.writeString(facts.resolve("reference/r.yaml"), REFERENCE + identities);
        Files.writeString(facts.resolve("articles/a/claims.yaml"), """
                article: {title: t, outlet: o, published: 2025-01-14}
                claims:
                """ + claims);
        Files.writeString(facts.resolve("articles/a/article.txt"), "a surplus of US$992.2 billion");
        return facts;
    }

    private List<String> problems(Path facts) {
        InputException e = assertThrows(InputException.class, () -> new FactsLoader().load(facts));
        return e.getProblems().stream().map(Problem::toString).toList();
    }

    @Test
    void anIdentityLoadsWithItsSignedTermsAndItsSeriesAreKnown() throws Exception {
        FactBase loaded = new FactsLoader().load(facts("""
                  - id: cn-balance-usd
                    title: China's trade balance is its exports minus its imports
                    series: cn-trade-balance-usd
                    equals: cn-exports-usd − cn-imports-usd
                """, "  []\n"));
        Identity identity = loaded.getIdentities().get(0);
        assertEquals(List.of("cn-trade-balance-usd", "cn-exports-usd", "cn-imports-usd"), identity.getMembers());
        assertEquals(List.of(new SeriesSum.Part(false, "cn-exports-usd"), new SeriesSum.Part(true, "cn-imports-usd")),
                identity.getEquals().getParts());
        assertEquals("cn-trade-balance-usd = cn-exports-usd − cn-imports-usd", identity.describe());
        assertTrue(new ReferenceCatalog(loaded).has(RefersTo.Reference.SERIES, "cn-trade-balance-usd"),
                "a series with no observations, known through an identity, is reference data claims may name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            operator without spaces | cn-exports-usd -cn-imports-usd       | r.yaml:14:61 | expected + or - between series in 'cn-exports-usd -cn-imports-usd', found '-cn-imports-usd'
            trailing operator       | cn-exports-usd -                     | r.yaml:14:61 | ends with an operator
            two ids without one     | cn-exports-usd cn-imports-usd        | r.yaml:14:61 | found 'cn-imports-usd'
            not an id               | cn-exports-usd - (cn-imports-usd)    | r.yaml:14:61 | '(cn-imports-usd)' in 'cn-exports-usd - (cn-imports-usd)' is not a series id
            empty                   | ' '                                  | r.yaml:14:61 | no series
            unknown term            | cn-exprts-usd - cn-imports-usd       | r.yaml:14:61 | unknown series 'cn-exprts-usd' in identity 'i'; did you mean 'cn-exports-usd'?
            series used twice       | cn-exports-usd - cn-trade-balance-usd | r.yaml:14:61 | series 'cn-trade-balance-usd' appears twice in identity 'i'
            units that differ       | cn-exports-usd - cn-exports-cny       | r.yaml:14:5  | identity 'i' (cn-trade-balance-usd = cn-exports-usd − cn-exports-cny) mixes units: cn-exports-usd is in US$, cn-exports-cny is in yuan
            """)
    void aBadSumIsOneLineAtItsPlace(String what, String equals, String at, String words) throws IOException {
        List<String> problems = problems(facts("  - {id: i, title: t, series: cn-trade-balance-usd, equals: \"" + equals
                + "\"}\n", "  []\n"));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(at), problems.get(0));
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown defined series | {id: i, title: t, series: cn-trade-balanse-usd, equals: cn-exports-usd - cn-imports-usd}         | r.yaml:14:5 | unknown series 'cn-trade-balanse-usd' in identity 'i'; did you mean 'cn-trade-balance-usd'?
            unknown source         | {id: i, title: t, series: cn-trade-balance-usd, equals: cn-exports-usd - cn-imports-usd, source: gac} | r.yaml:14:5 | unknown source 'gac'; did you mean 'gacc'?
            missing equals         | {id: i, title: t, series: cn-trade-balance-usd}                                                  | r.yaml:14:5 | missing required field 'equals'
            equals not text        | {id: i, title: t, series: cn-trade-balance-usd, equals: 5}                                       | r.yaml:14:61 | field 'equals'
            unknown field          | {id: i, title: t, series: cn-trade-balance-usd, equals: cn-exports-usd - cn-imports-usd, sum: x} | r.yaml:14   | unknown field 'sum'
            """)
    void otherMistakesAreOneLine(String what, String identity, String at, String words) throws IOException {
        List<String> problems = problems(facts("  - " + identity + "\n", "  []\n"));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(at), problems.get(0));
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    @Test
    void aDuplicateIdNamesBothPlaces() throws IOException {
        String one = "  - {id: i, title: t, series: cn-trade-balance-usd, equals: cn-exports-usd - cn-imports-usd}\n";
        List<String> problems = problems(facts(one + one, "  []\n"));
        assertEquals(List.of(tmp.resolve("facts/reference/r.yaml") + ":15:5: duplicate identity id 'i', first used at "
                + tmp.resolve("facts/reference/r.yaml") + ":14:5"), problems);
    }

    @Test
    void aSeriesWithoutValuesTakesTheUnitOfItsIdentity() throws IOException {
        List<String> problems = problems(facts(
                "  - {id: i, title: t, series: cn-trade-balance-usd, equals: cn-exports-usd - cn-imports-usd}\n", """
                  - {id: s, kind: level, quote: "a surplus of US$992.2 billion", metric: cn-trade-balance-usd, period: 2024, amount: 7.06 trillion yuan}
                """));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("cn-trade-balance-usd, which is in US$, must be stated in US$"), problems.get(0));
    }
}
