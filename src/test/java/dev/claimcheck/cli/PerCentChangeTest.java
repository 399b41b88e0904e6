package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-cent changes, shares and changes of rates through the whole command: an article of China's 2024
 * trade figures with its own small reference data, and the mistakes a writer or a claim author makes.
 */
class PerCentChangeTest {
    private static final String ARTICLE = "2025-01-13-test-trade";
    /** China's exports of 2023 and 2024 (US$3.38 and 3.58 trillion) and a rate in per cent; other tests use it too. */
    static final String REFERENCE = """
            sources:
              - {id: test-customs, publisher: General Administration of Customs, title: Trade in 2024, url: "http://english.customs.gov.cn/", date: "2025"}
            series:
              - id: cn-exports-usd
                title: China's exports in US$
                observations:
                  - {period: 2023, amount: "US$3.38 trillion", published: 2024-01-12, source: test-customs, status: secondary}
                  - {period: 2024, amount: "US$3.58 trillion", published: 2025-01-13, source: test-customs, status: secondary}
              - id: test-rate
                title: A rate in per cent
                observations:
                  - {period: 2023, amount: "4.0 per cent", published: 2024-01-12, source: test-customs, status: secondary}
                  - {period: 2024, amount: "5.2 per cent", published: 2025-01-13, source: test-customs, status: secondary}
            """;
    private static final String CLAIMS = """
            article: {title: Trade in 2024, outlet: test, published: 2025-01-13}
            claims:
              - {id: exports-rise, kind: percent-change, quote: "in 2024, exports rose 5.9 per cent from a year earlier",
                 metric: cn-exports-usd, to: 2024, basis: year-on-year, direction: rise, amount: 5.9 per cent}
              - {id: rate-rise, kind: change, quote: "the rate rose 1.2 percentage points from 2023 to 2024",
                 metric: test-rate, from: 2023, to: 2024, direction: rise, amount: 1.2 percentage points}
            """;

    @TempDir
    Path facts;

    @BeforeEach
    void writeFacts() throws IOException {
        Files.createDirectories(facts.resolve("reference"));
        Files.writeString(facts.resolve("reference/trade.yaml"), REFERENCE);
        write(CLAIMS);
    }

    private void write(String claims) throws IOException {
        Path article = Files.createDirectories(facts.resolve("articles").resolve(ARTICLE));
        Files.writeString(article.resolve("claims.yaml"), claims);
        Files.writeString(article.resolve("article.txt"), String.join("\n", claims.lines()
                .filter(line -> line.contains("quote: \"")).map(line -> line.replaceAll(".*quote: \"([^\"]*)\".*", "$1")).toList()));
    }

    private Cli verify() {
        return Cli.run("verify", "--facts", facts.toString(), "--fail-on-unchecked", "--fail-on", "warning");
    }

    @Test
    void perCentChangesAndChangesOfRatesInPointsHold() {
        Cli cli = verify();
        assertEquals(0, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "percent-change-from-levels: 5.9 per cent [claim exports-rise] = ((US$3.58 trillion",
                "− 1) × 100 = 5.92 ± 0.31 per cent): holds",
                "change-equals-difference: 1.2 percentage points [claim rate-rise] = (5.2 per cent", "= 1.2 ± 0.1 percentage points): holds");
    }

    @Test
    void aPerCentChangeOffByThreePointsFails() throws IOException {
        write(CLAIMS.replace("5.9 per cent", "8.9 per cent"));
        Cli cli = verify();
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "error   percent-change-from-levels: 8.9 per cent [claim exports-rise]", "5.92 ± 0.31 per cent): fails");
    }

    @Test
    void aChangeOfARateStatedInPerCentIsAFindingNotACrash() throws IOException {
        write(CLAIMS.replace("1.2 percentage points", "1.2 per cent"));
        Cli cli = verify();
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "error   change-of-rate-in-points: test-rate is in per cent, so a change of it is a difference"
                + " of percentage points, but '1.2 per cent' is in per cent");
    }

    @Test
    void aShareInUsDollarsIsAWrongShapeAtLoad() throws IOException {
        write(CLAIMS + """
                  - {id: surplus, kind: level, quote: "a surplus of US$992.2 billion in 2024", metric: cn-exports-usd, period: 2024, amount: US$992.2 billion}
                  - {id: third, kind: share, quote: "US$361.03 billion of which", part: surplus, whole: surplus, amount: US$361.03 billion}
                """);
        Cli cli = verify();
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), "claims.yaml:8:98: the amount 'US$361.03 billion' of a share claim must be a fraction"
                + " (e.g. \"a third\", \"more than half\") or in per cent (e.g. \"36 per cent\")");
    }
}
