package dev.claimcheck.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.load.ReferenceLoader;
import dev.claimcheck.model.FactBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The drafter on single sentences, against small reference data of its own. */
class DrafterTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 22);
    private static final String REFERENCE = """
            sources:
              - {id: test-source, publisher: Test, title: Test data, url: "http://example.org/", date: "2025"}
            series:
              - id: cn-trade-balance-usd
                title: China's balance of trade in goods, US$ (GACC); a surplus is positive
                observations:
                  - {period: 2024, amount: "US$992.2 billion", published: 2025-01-13, source: test-source, status: secondary}
              - id: cn-us-trade-balance-usd
                title: China's balance of trade in goods with the United States, US$ (Chinese customs figures); a surplus is positive
                observations:
                  - {period: 2024, amount: "US$361.03 billion", published: 2025-01-13, source: test-source, status: secondary}
            offices:
              - id: us-treasury-secretary
                title: United States Secretary of the Treasury
                aliases: [Treasury Secretary, Treasury secretary]
                terms:
                  - {person: Janet Yellen, start: 2021-01-25, end: 2025-01-20, source: test-source}
                  - {person: Scott Bessent, start: 2025-01-28, source: test-source}
            events:
              - {id: test-release, title: "Customs release of the trade figures", actor: China, type: release, date: 2025-02-17, source: test-source}
              - {id: test-inauguration, title: "Inauguration of Donald Trump as President", actor: Donald Trump, type: inauguration, date: 2025-02-24, source: test-source}
              - {id: yellen-china-trip-2024, title: "Treasury Secretary Janet Yellen's trip to China (Guangzhou and Beijing)",
                 actor: Janet Yellen, type: trip, date: 2024-04-04, source: test-source}
              - {id: us-tariff-increases-2024, title: "Biden directs tariff increases on US$18 billion of Chinese imports (EVs, solar cells)",
                 actor: United States, type: tariff, date: 2024-05-14, source: test-source}
              - {id: us-eo-10, title: "Executive Order: additional 10% duties on products of the PRC",
                 actor: United States, type: tariff, date: 2025-02-01, rates: [10 per cent], source: test-source}
              - {id: prc-answer, title: "Tariff Commission countermeasures: 15% on US coal, 10% on crude oil",
                 actor: China, type: retaliation, date: 2025-02-04, rates: [15 per cent, 10 per cent], answers: us-eo-10, source: test-source}
            """;
    @TempDir
    static Path facts;
    private static FactBase reference;

    @BeforeAll
    static void writeReference() throws Exception {
        Files.createDirectories(facts.resolve("reference"));
        Files.writeString(facts.resolve("reference/test.yaml"), REFERENCE);
        reference = ReferenceLoader.load(facts);
    }

    /** Each draft as "kind field=value ...", the fields in the order they are written. */
    private static List<String> drafts(String sentence) {
        return new Drafter(reference).draft(sentence, PUBLISHED, Set.of()).stream()
                .map(d -> d.kind() + " " + String.join(" ", d.fields().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China ran a surplus of US$361.03 billion with the United States in 2024.      | level metric=cn-us-trade-balance-usd period=2024 amount=US$361.03 billion
            China ran a trade surplus of US$992.2 billion in 2024.                          | level metric=cn-trade-balance-usd period=2024 amount=US$992.2 billion
            She argued during a trip to China last year that steel was cheap, a warning that led to Biden's tariff increases on solar cells. | time expression=last year start=2024-01-01 end=2024-12-31 event=yellen-china-trip-2024
            Janet Yellen met several times with He in recent years.                        | time expression=in recent years start=2020-01-01 end=2025-02-22 event=yellen-china-trip-2024
            US President Donald Trump imposed 10 per cent tariffs on all Chinese goods in early February. | rate action=us-eo-10 target=all Chinese goods rate=10 per cent
            Beijing retaliated by imposing tariffs of up to 15 per cent on some US imports, and more.     | rate action=prc-answer target=some US imports rate=up to 15 per cent
            Beijing retaliated by imposing tariffs of up to 15 per cent on some US imports, and more.     | sequence earlier=us-eo-10 later=prc-answer
            It laid the groundwork for former President Joe Biden's steep tariff hikes on electric vehicles. | event event=us-tariff-increases-2024
            Bessent's predecessor, former Treasury secretary Janet Yellen, met He. | predecessor person=Janet Yellen successor=Scott Bessent office=us-treasury-secretary
            Bessent's predecessor, former Treasury secretary Janet Yellen, met He. | office person=Janet Yellen office=us-treasury-secretary tenure=former
            The figures were released on Monday (Feb 17), one week before Donald Trump takes office. | sequence earlier=test-release later=test-inauguration gap=one week
            China's trade surplus was US$992.2 billion in 2024. More than a third of the surplus came from trade with the United States, with which China ran a surplus of US$361.03 billion in 2024. | share part=level-cn-us-trade-balance-usd-2024 whole=level-cn-trade-balance-usd-2024 amount=More than a third
            """)
    void draftsTheClaimOfASentence(String sentence, String expected) {
        assertTrue(drafts(sentence).contains(expected), () -> "expected " + expected + " among " + drafts(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China sold far more to the rest of the world than it bought last year.            | no event of last year shares a word with the clause
            BEIJING - China sold far more than it bought last year.                          | a capital names a government, not an event
            The weather was fine in recent years.                                             | no event at all
            """)
    void draftsNoTimeClaimWithoutAnEventNamedInTheClause(String sentence, String why) {
        assertEquals(List.of(), drafts(sentence).stream().filter(d -> d.startsWith("time ")).toList(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He voiced concerns over US tariffs during the call.                 | "tariff" alone names no event
            Trump imposed 10 per cent tariffs on all Chinese goods.             | a rate's tariffs are the rate claim's
            """)
    void draftsNoEventClaimWhenNoEventIsNamed(String sentence, String why) {
        assertEquals(List.of(), drafts(sentence).stream().filter(d -> d.startsWith("event ")).toList(), why);
    }
}
