package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who held an office when, and who came before whom, from a small list of terms. */
class OfficeTest {
    /** Treasury secretaries, written out of order, with two acting secretaries between appointed ones. */
    private static final Office TREASURY = office("""
            id: us-treasury-secretary
            title: United States Secretary of the Treasury
            terms:
              - {person: Janet Yellen, start: 2021-01-26, end: 2025-01-20, source: s}
              - {person: Scott Bessent, start: 2025-01-28, source: s}
              - {person: Steven Mnuchin, start: 2017-02-13, end: 2021-01-20, source: s}
              - {person: Andy Baukol, start: 2021-01-20, end: 2021-01-25, acting: true, source: s}
              - {person: David Lebryk, start: 2025-01-20, end: 2025-01-27, acting: true, source: s}
            """);
    /** Presidents: Donald Trump held the office twice. */
    private static final Office PRESIDENT = office("""
            id: us-president
            title: President of the United States
            terms:
              - {person: Donald Trump, start: 2017-01-20, end: 2021-01-20, source: s}
              - {person: Joe Biden, start: 2021-01-20, end: 2025-01-20, source: s}
              - {person: Donald Trump, start: 2025-01-20, source: s}
            """);

    private static Office office(String yaml) {
        Office office = YamlFacts.read(Office.class, yaml);
        office.linkTerms();
        return office;
    }

    @ParameterizedTest(name = "{0} on {1}: held {2}, formerly {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # person       | day        | held  | formerly held
            Scott Bessent  | 2025-02-22 | true  | false
            Scott Bessent  | 2025-01-28 | true  | false
            Scott Bessent  | 2025-01-27 | false | false
            Janet Yellen   | 2025-01-20 | true  | false
            Janet Yellen   | 2025-01-21 | false | true
            Janet Yellen   | 2021-01-26 | true  | false
            Janet Yellen   | 2021-01-25 | false | false
            David Lebryk   | 2025-02-22 | false | true
            Steven Mnuchin | 2025-02-22 | false | true
            Nobody Known   | 2025-02-22 | false | false
            """)
    void heldByAndFormerlyHeldByCountBothEndsOfATerm(String person, LocalDate day, boolean held, boolean formerly) {
        assertEquals(held, TREASURY.heldBy(person, day));
        assertEquals(formerly, TREASURY.formerlyHeldBy(person, day));
    }

    @Test
    void aPersonWhoHeldItBeforeAndHoldsItAgainIsNotFormer() {
        assertTrue(PRESIDENT.heldBy("Donald Trump", LocalDate.of(2025, 2, 22)));
        assertFalse(PRESIDENT.formerlyHeldBy("Donald Trump", LocalDate.of(2025, 2, 22)));
        assertTrue(PRESIDENT.formerlyHeldBy("Donald Trump", LocalDate.of(2023, 6, 1)));
    }

    @Test
    void holdersOnADayIncludeBothHoldersOfAHandoverDay() {
        assertEquals("Janet Yellen, 2021-01-26 to 2025-01-20; David Lebryk, 2025-01-20 to 2025-01-27 (acting)",
                TREASURY.holdersOn(LocalDate.of(2025, 1, 20)));
        assertEquals("Scott Bessent, from 2025-01-28", TREASURY.holdersOn(LocalDate.of(2025, 2, 22)));
        assertEquals("nobody on record", TREASURY.holdersOn(LocalDate.of(2010, 1, 1)));
    }

    @ParameterizedTest(name = "{0} followed \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # person       | predecessor: the last appointed holder before the person's first term
            Scott Bessent  | Janet Yellen
            David Lebryk   | Janet Yellen
            Janet Yellen   | Steven Mnuchin
            Andy Baukol    | Steven Mnuchin
            Steven Mnuchin | ''
            Nobody Known   | ''
            """)
    void predecessorsSkipActingHolders(String person, String predecessor) {
        assertEquals(predecessor, TREASURY.predecessorName(person));
    }

    @Test
    void aSecondTermHasThePredecessorOfTheFirst() {
        assertEquals("", PRESIDENT.predecessorName("Donald Trump"));
        assertEquals("Donald Trump", PRESIDENT.predecessorName("Joe Biden"));
    }

    @Test
    void termsOfListsAPersonsOwnTermsInOrder() {
        assertEquals("Donald Trump, 2017-01-20 to 2021-01-20; Donald Trump, from 2025-01-20",
                PRESIDENT.termsOf("Donald Trump"));
        assertEquals("Andy Baukol, 2021-01-20 to 2021-01-25 (acting)", TREASURY.termsOf("Andy Baukol"));
        assertEquals("no term on record", TREASURY.termsOf("Nobody Known"));
    }

    @Test
    void linkingSortsTermsByStartAndGivesThemTheOfficeId() {
        assertEquals(List.of("Steven Mnuchin", "Andy Baukol", "Janet Yellen", "David Lebryk", "Scott Bessent"),
                TREASURY.getTerms().stream().map(Term::getPerson).toList());
        assertEquals("us-treasury-secretary: Scott Bessent, from 2025-01-28", TREASURY.getTerms().get(4).toString());
    }
}
