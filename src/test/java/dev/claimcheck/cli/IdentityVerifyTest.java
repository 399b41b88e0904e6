package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A balance checked through its identity, end to end: the exit code and the chain the report shows. */
class IdentityVerifyTest {
    @TempDir
    Path tmp;

    private static final String SERIES = """
            sources:
              - {id: gacc, publisher: General Administration of Customs, title: t, url: "https://example.org", date: "2025-01-13"}
            series:
              - id: cn-exports-usd
                title: exports
                %s
              - id: cn-imports-usd
                title: imports
                %s
              - {id: cn-trade-balance-usd, title: surplus}
            identities:
              - {id: cn-balance-usd, title: balance, series: cn-trade-balance-usd, equals: cn-exports-usd - cn-imports-usd}
            """;

    private Cli verify(boolean withValues, String surplus) throws IOException {
        Path facts = tmp.resolve("facts");
        Files.createDirectories(facts.resolve("reference"));
        Files.createDirectories(facts.resolve("articles/cn"));
        Files.writeString(facts.resolve("reference/cn.yaml"), SERIES.formatted(
                withValues ? "observations: [{period: 2024, amount: US$3.58 trillion, published: 2025-01-13, source: gacc, status: secondary}]" : "",
                withValues ? "observations: [{period: 2024, amount: \"US$2,585,066,668 thousand\", published: 2025-01-13, source: gacc, status: official}]" : ""));
        Files.writeString(facts.resolve("articles/cn/claims.yaml"), """
                article: {title: t, outlet: o, published: 2025-01-14}
                claims:
                  - {id: exports-2024, kind: level, quote: "exports in 2024 of US$3.58 trillion", metric: cn-exports-usd, period: 2024, amount: US$3.58 trillion}
                  - {id: imports-2024, kind: level, quote: "imports of US$2.59 trillion", metric: cn-imports-usd, period: 2024, amount: US$2.59 trillion}
                  - {id: surplus-2024, kind: level, quote: "a 2024 surplus of %s", metric: cn-trade-balance-usd, period: 2024, amount: %s}
                """.formatted(surplus, surplus).replace("quote: \"imports of", "quote: \"2024 imports of"));
        Files.writeString(facts.resolve("articles/cn/article.txt"), "China had exports in 2024 of US$3.58 trillion, 2024 imports of"
                + " US$2.59 trillion and a 2024 surplus of " + surplus + ".\n");
        return Cli.run("verify", "--facts", facts.toString(), "--fail-on", "warning");
    }

    @Test
    void agreeingFiguresPassWithNoWarningAboutTheBalanceWithoutValues() throws IOException {
        Cli cli = verify(true, "US$992.2 billion");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "3 claims: 3 consistent", "0 errors, 0 warnings");
    }

    @Test
    void aSurplusThatIsNotExportsMinusImportsFailsWithTheChain() throws IOException {
        Cli cli = verify(true, "US$892.2 billion");
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "identity-holds: US$892.2 billion [claim surplus-2024] = by identity cn-balance-usd"
                + " (US$3.58 trillion [claim exports-2024] − US$2.59 trillion [claim imports-2024] = US$0.99 ± 0.01 trillion): fails");
    }

    @Test
    void theArticlesOwnFiguresDisagreeingFailWithNoReferenceValues() throws IOException {
        Cli cli = verify(false, "US$892.2 billion");
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "inconsistent surplus-2024", "identity-holds", ": fails");
    }
}
