package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The written forms of a period and the arithmetic rules do on them, for every granularity. */
class PeriodTest {
    @ParameterizedTest(name = "{0}: {1} to {2}, previous {3}, a year earlier {4}, next {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # written  | start      | end        | previous   | year earlier | next
            2024       | 2024-01-01 | 2024-12-31 | 2023       | 2023         | 2025
            2024-Q1    | 2024-01-01 | 2024-03-31 | 2023-Q4    | 2023-Q1      | 2024-Q2
            2024-Q4    | 2024-10-01 | 2024-12-31 | 2024-Q3    | 2023-Q4      | 2025-Q1
            2024-01    | 2024-01-01 | 2024-01-31 | 2023-12    | 2023-01      | 2024-02
            2024-02    | 2024-02-01 | 2024-02-29 | 2024-01    | 2023-02      | 2024-03
            2024-12    | 2024-12-01 | 2024-12-31 | 2024-11    | 2023-12      | 2025-01
            2024-03-01 | 2024-03-01 | 2024-03-01 | 2024-02-29 | 2023-03-01   | 2024-03-02
            2025-01-01 | 2025-01-01 | 2025-01-01 | 2024-12-31 | 2024-01-01   | 2025-01-02
            """)
    void everyFormHasItsDaysAndNeighbours(String written, LocalDate start, LocalDate end, String previous,
                                          String yearEarlier, String next) {
        Period period = parse(written);
        assertEquals(written, period.toString());
        assertEquals(start, period.getStart());
        assertEquals(end, period.getEnd());
        assertEquals(parse(previous), period.previous());
        assertEquals(parse(yearEarlier), period.yearEarlier());
        assertEquals(parse(next), period.next());
        assertEquals(period, period.next().previous());
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024-13", "2024-00", "2024-Q5", "2024-Q0", "2023-02-29", "2024-12-32", "2024/12",
            "December 2024", "2024-1", " ", "20245"})
    void refusesWhatIsNoPeriod(String written) {
        assertTrue(Period.parse(written).isEmpty(), written);
    }

    @Test
    void aMonthIsNotTheYearItBelongsTo() {
        Period december = parse("2024-12");
        assertNotEquals(parse("2024"), december);
        assertEquals(parse("2024"), december.getYearPeriod());
        assertEquals(parse("2024"), parse("2024-Q4").getYearPeriod());
        assertEquals(2024, parse("2024-12-31").getYear());
    }

    @Test
    void aPeriodHasEndedOnlyOnceItsLastDayHasPassed() {
        Period december = parse("2024-12");
        assertFalse(december.endedBy(LocalDate.of(2024, 12, 31)));
        assertTrue(december.endedBy(LocalDate.of(2025, 1, 1)));
        assertFalse(parse("2025").endedBy(LocalDate.of(2025, 1, 13)));
        assertTrue(parse("2024").endedBy(LocalDate.of(2025, 1, 13)));
        assertTrue(december.begunBy(LocalDate.of(2024, 12, 1)));
        assertFalse(december.begunBy(LocalDate.of(2024, 11, 30)));
    }

    @Test
    void countsStepsBetweenPeriodsOfOneGranularity() {
        assertEquals(13, parse("2023-11").stepsTo(parse("2024-12")));
        assertEquals(-5, parse("2024-Q4").stepsTo(parse("2023-Q3")));
        assertEquals(9, parse("2015").stepsTo(parse("2024")));
        assertEquals(366, parse("2024-01-01").stepsTo(parse("2025-01-01")));
        assertEquals(parse("2026-03"), parse("2024-12").plus(15));
    }

    @Test
    void readsAsPeopleWriteIt() {
        assertEquals("December 2024", parse("2024-12").describe());
        assertEquals("Q4 2024", parse("2024-Q4").describe());
        assertEquals("2024", parse("2024").describe());
    }

    @Test
    void ordersByStartThenLength() {
        assertTrue(parse("2023-12").isBefore(parse("2024")));
        assertTrue(parse("2024").isBefore(parse("2024-Q1")));
        assertTrue(parse("2024-11").isBefore(parse("2024-12")));
    }

    private static Period parse(String written) {
        return Period.parse(written).orElseThrow(() -> new AssertionError("not a period: " + written));
    }
}
