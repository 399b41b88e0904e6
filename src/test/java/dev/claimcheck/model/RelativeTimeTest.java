package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
            december            | 2025-01-03 | 2024-12-01 | 2024-12-31
            january             | 2025-01-01 | 2025-01-01 | 2025-01-31
            jan                 | 2025-02-22 | 2025-01-01 | 2025-01-31
            # a month of a year, whenever it is
            december 2024       | 2025-02-22 | 2024-12-01 | 2024-12-31
            dec. 2024           | 2025-02-22 | 2024-12-01 | 2024-12-31
            'may, 2026'         | 2025-02-22 | 2026-05-01 | 2026-05-31
            february 2024       | 2025-02-22 | 2024-02-01 | 2024-02-29
            late february 2023  | 2025-02-22 | 2023-02-21 | 2023-02-28
            early dec           | 2025-02-22 | 2024-12-01 | 2024-12-10
            # a year
            2023                | 2025-02-22 | 2023-01-01 | 2023-12-31
            2030                | 2025-02-22 | 2030-01-01 | 2030-12-31
            # the next week, month or year, whole
            next week           | 2025-02-22 | 2025-02-24 | 2025-03-02
            next week           | 2025-02-17 | 2025-02-24 | 2025-03-02
            next week           | 2024-12-30 | 2025-01-06 | 2025-01-12
            next month          | 2025-01-31 | 2025-02-01 | 2025-02-28
            next month          | 2024-12-15 | 2025-01-01 | 2025-01-31
            next year           | 2025-02-22 | 2026-01-01 | 2026-12-31
            tomorrow            | 2024-12-31 | 2025-01-01 | 2025-01-01
            # next weekday: the first such day after the date
            next monday         | 2025-02-22 | 2025-02-24 | 2025-02-24
            next monday         | 2025-02-24 | 2025-03-03 | 2025-03-03
            next friday         | 2025-02-18 | 2025-02-21 | 2025-02-21
            next thursday       | 2024-12-27 | 2025-01-02 | 2025-01-02
            # so long ago: the one day that long before the date
            a year ago          | 2025-02-22 | 2024-02-22 | 2024-02-22
            a year ago          | 2024-02-29 | 2023-02-28 | 2023-02-28
            one week ago        | 2025-01-03 | 2024-12-27 | 2024-12-27
            two weeks ago       | 2025-02-22 | 2025-02-08 | 2025-02-08
            3 days ago          | 2025-01-02 | 2024-12-30 | 2024-12-30
            a month ago         | 2025-03-31 | 2025-02-28 | 2025-02-28
            # a day of a month without a year: its occurrence nearest the date, before or after it
            jan 20              | 2025-01-13 | 2025-01-20 | 2025-01-20
            feb 5               | 2025-02-22 | 2025-02-05 | 2025-02-05
            feb 21              | 2025-02-22 | 2025-02-21 | 2025-02-21
            dec 30              | 2025-01-03 | 2024-12-30 | 2024-12-30
            jan 2               | 2024-12-28 | 2025-01-02 | 2025-01-02
            december 31         | 2025-06-30 | 2024-12-31 | 2024-12-31
            july 1              | 2025-01-01 | 2025-07-01 | 2025-07-01
            # 2024-07-02 is 183 days from both Jan 1s: the earlier one
            jan 1               | 2024-07-02 | 2024-01-01 | 2024-01-01
            feb 29              | 2025-02-22 | 2024-02-29 | 2024-02-29
            # written either way round, abbreviated, with a full stop or an ordinal
            january 20          | 2025-01-13 | 2025-01-20 | 2025-01-20
            jan. 20             | 2025-01-13 | 2025-01-20 | 2025-01-20
            20 january          | 2025-01-13 | 2025-01-20 | 2025-01-20
            20 jan.             | 2025-01-13 | 2025-01-20 | 2025-01-20
            january 20th        | 2025-01-13 | 2025-01-20 | 2025-01-20
            20th of january     | 2025-01-13 | 2025-01-20 | 2025-01-20
            sept 3              | 2025-02-22 | 2024-09-03 | 2024-09-03
            # a day of a month with a year, whenever it is
            'jan 20, 2025'      | 2025-02-22 | 2025-01-20 | 2025-01-20
            january 13 2025     | 2025-02-22 | 2025-01-13 | 2025-01-13
            20 january 2021     | 2025-02-22 | 2021-01-20 | 2021-01-20
            'dec. 30, 2024'     | 2025-01-03 | 2024-12-30 | 2024-12-30
            feb 29 2024         | 2025-02-22 | 2024-02-29 | 2024-02-29
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
            on Jan 20           | 2025-01-20 | 2025-01-20
            'on Jan. 20, 2025'  | 2025-01-20 | 2025-01-20
            On  20  January     | 2025-01-20 | 2025-01-20
            in December         | 2024-12-01 | 2024-12-31
            in December 2024    | 2024-12-01 | 2024-12-31
            on Monday           | 2025-02-17 | 2025-02-17
            Next  Monday        | 2025-02-24 | 2025-02-24
            A Year Ago          | 2024-02-22 | 2024-02-22
            """)
    void readsTheWordsAsWritten(String words, LocalDate start, LocalDate end) {
        assertEquals(List.of(new DateSpan(start, end)), RelativeTime.resolve(words, LocalDate.of(2025, 2, 22)));
    }

    @ParameterizedTest(name = "\"{0}\" on {1} resolves to nothing")
    @CsvSource(delimiter = '|', textBlock = """
            # words             | published
            earlier this week   | 2025-02-17
            # "last Thursday" is the latest Thursday to some writers, last week's to others
            last thursday       | 2025-02-22
            # "a year earlier" counts from another time than the article's date, which the words do not give
            a year earlier      | 2025-02-22
            the year before     | 2025-02-22
            a fortnight ago     | 2025-02-22
            some weeks ago      | 2025-02-22
            next                | 2025-02-22
            next moonday        | 2025-02-22
            # days that do not exist, in any year or in the year given
            jan 32              | 2025-02-22
            feb 30              | 2025-02-22
            feb 29              | 2022-06-01
            feb 29 2025         | 2025-02-22
            jan 0               | 2025-02-22
            # month-like words that are no month
            smarch 5            | 2025-02-22
            5 smarch            | 2025-02-22
            smarch 2024         | 2025-02-22
            early smarch        | 2025-02-22
            jan 20 25           | 2025-02-22
            jan 2025 20         | 2025-02-22
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

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # words      | length
            one week     | P7D
            a week       | P7D
            7 days       | P7D
            1 day        | P1D
            two weeks    | P14D
            3 weeks      | P21D
            a month      | P1M
            six months   | P6M
            a year       | P1Y
            '  Two  Weeks ' | P14D
            """)
    void readsLengthsOfTime(String words, Period length) {
        assertEquals(Optional.of(length), RelativeTime.length(words));
    }

    @ParameterizedTest(name = "\"{0}\" is no length")
    @ValueSource(strings = {"a fortnight", "some days", "week", "one week later", "thirteen weeks", "", "12345 days"})
    void readsNoLengthFromOtherWords(String words) {
        assertEquals(Optional.empty(), RelativeTime.length(words));
    }
}
