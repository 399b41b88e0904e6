package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gap a sequence claim may give between its events, counted on from the earlier event's day. */
class SequenceClaimTest {
    private static SequenceClaim withGap(String gap) {
        return YamlFacts.read(SequenceClaim.class, "{id: s, kind: sequence, quote: q, earlier: a, later: b, gap: \"" + gap + "\"}");
    }

    @ParameterizedTest(name = "\"{0}\" after {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # gap      | earlier    | the later event's day if the gap is right
            one week   | 2025-01-13 | 2025-01-20
            7 days     | 2025-01-13 | 2025-01-20
            two weeks  | 2024-12-25 | 2025-01-08
            a month    | 2025-01-31 | 2025-02-28
            a year     | 2024-02-29 | 2025-02-28
            """)
    void theGapCountsOnFromTheEarlierDay(String gap, LocalDate earlier, LocalDate later) {
        assertEquals(later, withGap(gap).gapAfter(earlier));
    }

    @Test
    void aGapNotGivenOrNotUnderstoodHasNoLength() {
        assertNull(YamlFacts.read(SequenceClaim.class, "{id: s, kind: sequence, quote: q, earlier: a, later: b}").getGapLength());
        assertNull(withGap("a fortnight").getGapLength());
    }
}
