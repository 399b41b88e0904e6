package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claimcheck.TinyFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data as releases give it, through verify: month vintages held conservatively, hedges refused. */
class ReferenceDataCliTest {
    @TempDir
    Path tmp;

    private static final String CLAIM = """
            - {id: x, kind: level, quote: exports were US$1.2 billion in 2025, metric: s, period: 2025, amount: US$1.2 billion}
            """;

    /** One article of that date claiming s 2025, and a value of s 2025 whose release is known only by its month. */
    private Cli verify(String articleDate, String referenceAmount) {
        Path facts = new TinyFacts(tmp).article(articleDate, CLAIM, "In 2025, exports were US$1.2 billion in 2025.")
                .reference("sources.yaml", "sources:\n  - {id: stats, publisher: p, title: t, url: u, date: 2026-02}\n")
                .reference("s.yaml", """
                        series:
                          - id: s
                            title: t
                            observations:
                              - {period: 2025, amount: %s, published: 2026-02, source: stats, status: official}
                        """.formatted(referenceAmount))
                .dir();
        return Cli.run("verify", "--facts", facts.toString(), "--no-cache");
    }

    @Test
    void aReleaseKnownByItsMonthIsNotHeldAgainstAnArticleOfThatMonth() {
        Cli cli = verify("2026-02-10", "US$1.2 billion");
        assertEquals(0, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "no reference value for s 2025 in force on 2026-02-10", "1 unchecked");
    }

    @Test
    void aReleaseKnownByItsMonthIsInForceFromItsLastDayAndShownAsWritten() {
        Cli cli = verify("2026-02-28", "US$1.2 billion");
        assertEquals(0, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "[s 2025, published 2026-02 (stats)]: holds", "1 consistent");
    }

    @Test
    void aHedgedReferenceValueIsBadInputAtItsPlace() {
        Cli cli = verify("2026-02-28", "about US$1.2 billion");
        assertEquals(2, cli.exitCode(), cli.toString());
        assertFalse(cli.err().contains("Exception"), cli.err());
        Cli.assertContainsAll(cli.err(), "s.yaml:5:32: field 'amount': 'about US$1.2 billion': reference values are"
                + " exact at their published precision; put hedges in claims", "1 problem");
    }
}
