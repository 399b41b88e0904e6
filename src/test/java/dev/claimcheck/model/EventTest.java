package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dated events: when they took place, their rates and coverage, and how reports name them. */
class EventTest {
    /** A measure announced one day and in force a few days later, with two rates and two covered amounts. */
    private static final Event RETALIATION = YamlFacts.read(Event.class, """
            id: prc-countermeasures
            title: "Countermeasures: 15% on coal and LNG, 10% on crude oil"
            actor: China
            type: retaliation
            date: 2025-02-04
            effective: 2025-02-10
            rates: [15 per cent, 10 per cent]
            coverage: [US$14 billion, US$6 billion]
            answers: us-eo-14195
            source: s
            """);
    /** A trip of five days, with no rates or coverage. */
    private static final Event TRIP = YamlFacts.read(Event.class, """
            id: trade-mission
            title: Trade mission to Beijing
            actor: Scott Bessent
            type: trip
            date: 2025-03-01
            end: 2025-03-05
            source: s
            """);

    private static Quantity claimed(String rate) {
        return Amount.parse(rate).quantity(Provenance.claim("c"));
    }

    @ParameterizedTest(name = "between {0} and {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # first    | last       | the trip took place then, wholly or partly
            2025-03-01 | 2025-03-05 | true
            2025-03-05 | 2025-03-10 | true
            2025-02-20 | 2025-03-01 | true
            2025-03-02 | 2025-03-03 | true
            2025-03-06 | 2025-03-10 | false
            2025-02-20 | 2025-02-28 | false
            """)
    void withinCountsAnyOverlapWithBothEndsIncluded(LocalDate first, LocalDate last, boolean within) {
        assertEquals(within, TRIP.within(first, last));
    }

    @Test
    void aOneDayEventEndsOnItsDate() {
        assertEquals(LocalDate.of(2025, 2, 4), RETALIATION.getEnd());
        assertEquals(true, RETALIATION.within(LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 4)));
        assertEquals(false, RETALIATION.within(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 12)),
                "judged by its date, not by when it took effect");
    }

    @Test
    void theRateClosestToAClaimedOneIsTheOneToCompareItWith() {
        assertEquals("10 per cent [event prc-countermeasures]", RETALIATION.rateClosestTo(claimed("10.4%")).describe());
        assertEquals("15 per cent [event prc-countermeasures]", RETALIATION.rateClosestTo(claimed("14 per cent")).describe());
        assertEquals("15 per cent [event prc-countermeasures]", RETALIATION.rateClosestTo(claimed("25%")).describe());
    }

    @Test
    void theHighestRateIsNamedForTheEvent() {
        assertEquals("highest rate of prc-countermeasures 15 per cent [event prc-countermeasures]",
                RETALIATION.highestRate().describe());
    }

    @Test
    void theCoverageOfAllActionsAddsUpWithTheirPrecision() {
        Quantity total = RETALIATION.totalCoverage();
        assertEquals("coverage of prc-countermeasures (US$14 billion [event prc-countermeasures]"
                + " + US$6 billion [event prc-countermeasures] = US$20 ± 1 billion)", total.describe());
        assertEquals("19000000000", total.getLow().toPlainString());
        assertEquals("21000000000", total.getHigh().toPlainString());
    }

    @Test
    void anEventWithoutRatesOrCoverageHasNothingToCompare() {
        assertNull(TRIP.rateClosestTo(claimed("10%")));
        assertNull(TRIP.highestRate());
        assertNull(TRIP.totalCoverage());
    }

    @Test
    void describeGivesTheTitleWithItsDaysAndWhenItTookEffect() {
        assertEquals("Countermeasures: 15% on coal and LNG, 10% on crude oil (2025-02-04, effective 2025-02-10)",
                RETALIATION.describe());
        assertEquals("Trade mission to Beijing (2025-03-01 to 2025-03-05)", TRIP.describe());
    }

    @Test
    void aHedgedRateDoesNotStopTheClosestRateBeingFound() {
        Event threat = YamlFacts.read(Event.class, """
                id: threat
                title: Tariff threat
                actor: United States
                type: statement
                date: 2025-02-01
                rates: [up to 25 per cent, 10 per cent]
                source: s
                """);
        assertEquals("10 per cent [event threat]", threat.rateClosestTo(claimed("10 per cent")).describe());
        assertEquals("15 per cent [event prc-countermeasures]",
                RETALIATION.rateClosestTo(claimed("more than 12 per cent")).describe(), "the only rate above 12");
    }

    @ParameterizedTest(name = "an event of {0} came {1} the retaliation of 2025-02-04")
    @CsvSource(delimiter = '|', textBlock = """
            # date     | how long before
            2025-01-28 | 7 days before
            2025-02-03 | 1 day before
            2024-12-31 | 35 days before
            2025-02-04 | on the same day as
            2025-02-06 | 2 days after
            """)
    void daysBeforeCountsCalendarDaysEitherWay(LocalDate date, String before) {
        Event other = YamlFacts.read(Event.class, "{id: e, title: t, actor: a, type: statement, date: " + date + ", source: s}");
        assertEquals(before, other.daysBefore(RETALIATION));
    }
}
