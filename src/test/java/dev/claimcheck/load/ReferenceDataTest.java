package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TinyFacts;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Observation;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data as releases give it: sources listed once for all files, month vintages, values without hedges. */
class ReferenceDataTest {
    @TempDir
    Path tmp;

    private static final String SOURCES = """
            sources:
              - {id: census, publisher: p, title: t, url: u, date: "2026-02"}
            """;

    /** A series with one observation, on line 5 at column 9. */
    private static String series(String amount, String published, String source) {
        return """
                series:
                  - id: s
                    title: t
                    observations:
                      - {period: 2025, amount: %s, published: %s, source: %s, status: official}
                """.formatted(amount, published, source);
    }

    /** One article without claims, and reference files given as name, text, name, text, ... */
    private Path facts(String... namesAndTexts) {
        TinyFacts facts = new TinyFacts(tmp).article("2026-03-02", "[]", "x");
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            facts.reference(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return facts.dir();
    }

    private static FactBase load(Path facts) throws InputException {
        return new FactsLoader().load(facts);
    }

    private static List<String> problems(Path facts) {
        InputException e = assertThrows(InputException.class, () -> load(facts));
        return e.getProblems().stream().map(Problem::toString).toList();
    }

    /** Fails unless there is one problem per fragment, each containing its fragment, in order. */
    private static void assertProblems(List<String> problems, String... fragments) {
        assertEquals(fragments.length, problems.size(), String.join("\n", problems));
        for (int i = 0; i < fragments.length; i++) {
            if (!problems.get(i).contains(fragments[i])) {
                throw new AssertionError("expected '" + fragments[i] + "' in: " + problems.get(i));
            }
        }
    }

    private static Observation onlyObservation(FactBase facts) {
        assertEquals(1, facts.getObservations().size());
        return facts.getObservations().get(0);
    }

    @Test
    void aValueMayCiteASourceListedInAnotherFile() throws InputException {
        FactBase facts = load(facts("sources.yaml", SOURCES, "trade.yaml", series("US$1 billion", "2026-02-05", "census")));
        Observation value = onlyObservation(facts);
        assertEquals("census", value.getCitation().getId());
        assertEquals("sources.yaml", Path.of(value.getCitation().getLocation().file()).getFileName().toString());
    }

    @Test
    void aFileMayHoldOnlySources() throws InputException {
        assertEquals(List.of("census"), load(facts("sources.yaml", SOURCES)).getSources().stream()
                .map(source -> source.getId()).toList());
    }

    @Test
    void aSourceListedInTwoFilesNamesBothPlaces() {
        List<String> problems = problems(facts("a.yaml", SOURCES, "b.yaml", SOURCES));
        assertProblems(problems, "b.yaml:2:5: duplicate source id 'census', first used at ");
        assertTrue(problems.get(0).endsWith("/facts/reference/a.yaml:2:5"), problems.get(0));
    }

    @Test
    void anUnknownSourceIsMatchedAgainstEveryFilesSources() {
        assertProblems(problems(facts("sources.yaml", SOURCES, "trade.yaml", series("US$1 billion", "2026-02-05", "cenus"))),
                "trade.yaml:5:9: unknown source 'cenus'; did you mean 'census'?: every reference value cites a source"
                        + " listed under 'sources:' in any reference file");
    }

    @Test
    void aMonthVintageIsInForceFromTheLastDayOfItsMonthAndShownAsWritten() throws InputException {
        Observation value = onlyObservation(load(facts("r.yaml", SOURCES + series("US$1 billion", "2024-02", "census"))));
        assertEquals(LocalDate.of(2024, 2, 29), value.getPublished(), "a release of that month may have come out on its last day");
        assertEquals("2024-02", value.getPublishedAsWritten());
        assertEquals("s 2025, published 2024-02 (census)", value.label());
    }

    @Test
    void aDayVintageIsInForceFromThatDay() throws InputException {
        Observation value = onlyObservation(load(facts("r.yaml", SOURCES + series("US$1 billion", "2026-02-05", "census"))));
        assertEquals(LocalDate.of(2026, 2, 5), value.getPublished());
        assertEquals("s 2025, published 2026-02-05 (census)", value.label());
    }

    @Test
    void aVintageIsADayOrAMonth() {
        for (String bad : List.of("2026", "2026-2", "\"Feb 2026\"")) {
            assertProblems(problems(facts("r.yaml", SOURCES + series("US$1 billion", bad, "census"))),
                    "r.yaml:7:57: field 'published': '" + bad.replace("\"", "") + "' is not a vintage: write the"
                            + " release's day (2025-02-05) or, when only its month is known, the month (2026-02)");
        }
        assertProblems(problems(facts("r.yaml", SOURCES + series("US$1 billion", "2026-13", "census"))),
                "r.yaml:7:57: field 'published': '2026-13' is not a month in the calendar");
        assertProblems(problems(facts("r.yaml", SOURCES + series("US$1 billion", "2026-02-30", "census"))),
                "r.yaml:7:57: field 'published': '2026-02-30' is not a day in the calendar");
    }

    @Test
    void referenceValuesRefuseHedgesThatClaimsMayUse() {
        String claim = """
                - {id: c, kind: level, quote: q, metric: s, period: 2025, amount: about US$1 billion}
                """;
        String events = """
                events:
                  - {id: e, title: t, actor: a, type: tariff, date: 2025-02-01, rates: [10 per cent, up to 15 per cent], source: census}
                rankings:
                  - {measure: m, title: t, year: 2024, published: 2025-07-01, source: census, entries: [{subject: x, value: more than US$5 billion}]}
                """;
        TinyFacts facts = new TinyFacts(tmp).article("2026-03-02", claim, "q")
                .reference("r.yaml", SOURCES + series("about US$1 billion", "2026-02-05", "census") + events);
        String refused = "reference values are exact at their published precision; put hedges in claims";
        assertProblems(problems(facts.dir()),
                "r.yaml:7:32: field 'amount': 'about US$1 billion': " + refused,
                "r.yaml:9:86: field 'rates': 'up to 15 per cent': " + refused,
                "r.yaml:11:109: field 'value': 'more than US$5 billion': " + refused);
    }
}
