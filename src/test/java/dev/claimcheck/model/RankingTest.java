package dev.claimcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A ranking orders its subjects by value, whatever the order they are written in. */
class RankingTest {
    private static final Ranking GDP = YamlFacts.read(Ranking.class, """
            measure: gdp-nominal-usd
            title: GDP, current US$
            year: 2023
            published: 2024-07-01
            source: wb
            entries:
              - {subject: Germany, value: "US$4,456,081 million"}
              - {subject: China, value: "US$17,794,782 million"}
              - {subject: Japan, value: "US$4,212,945 million"}
              - {subject: United States, value: "US$27,360,935 million"}
            """);

    @Test
    void ordersSubjectsHighestFirst() {
        assertEquals(List.of("United States", "China", "Germany", "Japan"), GDP.getOrder());
        assertEquals(List.of("United States", "China"), GDP.top(2));
        assertEquals(4, GDP.top(10).size(), "no more places than entries");
    }

    @Test
    void topAreHoldsForTheFirstPlacesInAnyOrder() {
        assertTrue(GDP.topAre(List.of("United States", "China")));
        assertTrue(GDP.topAre(List.of("China", "United States")));
        assertTrue(GDP.topAre(List.of("United States")));
        assertFalse(GDP.topAre(List.of("China")), "second, not first");
        assertFalse(GDP.topAre(List.of("United States", "Germany")));
        assertFalse(GDP.topAre(List.of("United States", "China", "Japan")), "Japan is fourth");
    }

    @Test
    void describeTopGivesTheFirstPlacesAndTheNextOne() {
        assertEquals("GDP, current US$ 2023 (published 2024-07-01): 1. United States (US$27,360,935 million),"
                + " 2. China (US$17,794,782 million), 3. Germany (US$4,456,081 million)", GDP.describeTop(2));
        assertEquals("GDP, current US$ 2023 (published 2024-07-01): 1. United States (US$27,360,935 million),"
                + " 2. China (US$17,794,782 million), 3. Germany (US$4,456,081 million), 4. Japan (US$4,212,945 million)",
                GDP.describeTop(4), "no place past the last entry");
    }
}
