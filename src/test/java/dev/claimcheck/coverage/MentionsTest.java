package dev.claimcheck.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.model.Office;
import dev.claimcheck.model.YamlFacts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the mention finder finds in small texts, and where (line:column, 1-based). */
class MentionsTest {
    private static final List<Office> OFFICES = List.of(office("""
            id: us-treasury-secretary
            title: United States Secretary of the Treasury
            aliases: [Treasury Secretary, US Treasury Secretary]
            terms:
              - {person: Scott Bessent, start: 2025-01-28, source: s}
            """), office("""
            id: us-president
            title: President of the United States
            aliases: [President, US President]
            terms:
              - {person: Donald Trump, start: 2025-01-20, source: s}
            """));

    private static Office office(String yaml) {
        Office office = YamlFacts.read(Office.class, yaml);
        office.linkTerms();
        return office;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # text (\\n is a new line)                          | mentions: kind 'words' line:column, in order
            Exports rose to US$3.58 trillion in 2024.         | number 'US$3.58 trillion' 1:17; time '2024' 1:37
            Tariffs of up to 15 per cent on some US$370 billion | number 'up to 15 per cent' 1:12; number 'some US$370 billion' 1:33
            They met on Friday (Feb 21).                      | time 'Friday' 1:13; time 'Feb 21' 1:21
            Set on Dec. 31, 2024 at 7.1884 yuan per dollar    | time 'Dec. 31, 2024' 1:8; number '7.1884' 1:25
            up from US$97.44 billion in November.             | number 'US$97.44 billion' 1:9; time 'November' 1:29
            Headline\\n\\nlast year's surplus, one week before | time 'last year' 3:1; time 'one week before' 3:22
            said earlier this week that it may rise           | time 'earlier this week' 1:6
            More than a third of it                           | number 'More than a third' 1:1
            US Treasury Secretary Scott Bessent and President Donald Trump | office 'US Treasury Secretary' 1:1; person 'Scott Bessent' 1:23; office 'President' 1:41; person 'Donald Trump' 1:51
            former Treasury secretary said so                 | office 'Treasury secretary' 1:8
            nothing to see here, mr Trump                     | ''
            THE PRESIDENT and the treasury SECRETARY           | office 'PRESIDENT' 1:5; office 'treasury SECRETARY' 1:23
            Presidential hopefuls, no Président, scott bessent | ''
            """)
    void findsMentionsWithLineAndColumn(String text, String expected) {
        String found = Mentions.in(text.replace("\\n", "\n"), OFFICES).stream()
                .map(m -> m.kind().word() + " '" + m.text() + "' " + m.line() + ":" + m.column())
                .collect(Collectors.joining("; "));
        assertEquals(expected.equals("''") ? "" : expected, found);
    }
}
