package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form of time words RelativeTime understands, against an article's date, and forms it does not.
 * 2025-02-22 is a Saturday; its week began on Monday 2025-02-17.
 */
class RelativeTimeTest {
    @ParameterizedTest(name = "\"{0}\" on {1} is {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # words             | published  | start      | end
            # days
            today               | 2025-02-22 | 2025-02-22 | 2025-02-22
            yesterday           | 2025-02-22 | 2025-02-21 | 2025-02-21
            yesterday           | 2024-03-01 | 2024-02-29 | 2024-02-29
            # weeks, from Monday
            this week           | 2025-02-22 | 2025-02-17 | 2025-02-22
            this week           | 2025-02-17 | 2025-02-17 | 2025-02-17
            earlier this week   | 2025-02-22 | 2025-02-17 | 2025-02-21
            earlier this week   | 2025-02-18 | 2025-02-17 | 2025-02-17
            last week           | 2025-02-22 | 2025-02-10 | 2025-02-16
            last week           | 2025-02-17 | 2025-02-10 | 2025-02-16
            # months
            this month          | 2025-02-22 | 2025-02-01 | 2025-02-22
            last month          | 2025-02-22 | 2025-01-01 | 2025-01-31
            last month          | 2025-03-31 | 2025-02-01 | 2025-02-28
            last month          | 2025-01-15 | 2024-12-01 | 2024-12-31
            # years; recent years are the five before this one and this one so far
            this year           | 2025-02-22 | 2025-01-01 | 2025-02-22
            last year           | 2025-02-22 | 2024-01-01 | 2024-12-31
            recent years        | 2025-02-22 | 2020-01-01 | 2025-02-22
            # a weekday: the latest such day on or before the date
            thursday            | 2025-02-22 | 2025-02-20 | 2025-02-20
            saturday            | 2025-02-22 | 2025-02-22 | 2025-02-22
            sunday              | 2025-02-22 | 2025-02-16 | 2025-02-16
            # part of a month (days 1-10, 11-20, 21-end) of the latest such month begun by the date
            early february      | 2025-02-22 | 2025-02-01 | 2025-02-10
            mid january         | 2025-02-22 | 2025-01-11 | 2025-01-20
            late january        | 2025-02-22 | 2025-01-21 | 2025-01-31
            late february       | 2024-02-22 | 2024-02-21 | 2024-02-29
            early march         | 2025-02-22 | 2024-03-01 | 2024-03-10
            # a month: the latest such month begun by the date
            january             | 2025-02-22 | 2025-01-01 | 2025-01-31
            february            | 2025-02-22 | 2025-02-01 | 2025-02-28
            december            | 2025-02-22 | 2024-12-01 | 2024-12-31
            # a year
            2023                | 2025-02-22 | 2023-01-01 | 2023-12-31
            2030                | 2025-02-22 | 2030-01-01 | 2030-12-31
            """)
    void resolvesEachFormItKnows(String words, LocalDate published, LocalDate start, LocalDate end) {
        assertEquals(List.of(new DateSpan(start, end)), RelativeTime.resolve(words, published));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # words, as an article writes them: case, spaces and a leading in/on/during do not matter
            on Thursday         | 2025-02-20 | 2025-02-20
            On  Thursday        | 2025-02-20 | 2025-02-20
            '  Yesterday  '     | 2025-02-21 | 2025-02-21
            Earlier this Week   | 2025-02-17 | 2025-02-21
            during last year    | 2024-01-01 | 2024-12-31
            in early February   | 2025-02-01 | 2025-02-10
            in mid   January    | 2025-01-11 | 2025-01-20
            in January          | 2025-01-01 | 2025-01-31
            in 2023             | 2023-01-01 | 2023-12-31
            """)
    void readsTheWordsAsWritten(String words, LocalDate start, LocalDate end) {
        assertEquals(List.of(new DateSpan(start, end)), RelativeTime.resolve(words, LocalDate.of(2025, 2, 22)));
    }

    @ParameterizedTest(name = "\"{0}\" on {1} resolves to nothing")
    @CsvSource(delimiter = '|', textBlock = """
            # words             | published
            earlier this week   | 2025-02-17
            tomorrow            | 2025-02-22
            next week           | 2025-02-22
            last thursday       | 2025-02-22
            two weeks ago       | 2025-02-22
            feb 21              | 2025-02-22
            jan                 | 2025-02-22
            mid-february        | 2025-02-22
            early days          | 2025-02-22
            in in 2023          | 2025-02-22
            '23'                | 2025-02-22
            12025               | 2025-02-22
            ''                  | 2025-02-22
            """)
    void resolvesWordsItDoesNotKnowToNothing(String words, LocalDate published) {
        assertEquals(List.of(), RelativeTime.resolve(words, published));
    }
}
