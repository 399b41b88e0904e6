package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.VerifyResult.Judgement;
import dev.claimcheck.model.Publisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts of a ClaimReview made from a claim: its short quote, its rating, what counts as known. */
class ClaimReviewReporterTest {
    /** 64 characters. */
    private static final String WORDS = "word ".repeat(12) + "word";

    @Test
    void theHtmlReportEmbedsWhatTheFormatWritesAndNothingWithoutAPublisher() throws Exception {
        SampleResult sample = new SampleResult();
        assertEquals(Optional.empty(), ClaimReviewReporter.jsonLd(sample.plain()), "no publisher.yaml, no options");
        VerifyResult result = new VerifyResult(sample.facts, List.of(sample.pass, sample.comparisonFailure,
                sample.yesNoFailure), SampleResult.RULES, new Judgement(null, SampleResult.TODAY,
                new Publisher.Given("Desk", "https://desk.example/")));
        String jsonLd = ClaimReviewReporter.jsonLd(result).orElseThrow();
        assertEquals(jsonLd + System.lineSeparator(), SampleResult.render(new ClaimReviewReporter(), result));
        JsonNode graph = new ObjectMapper().readTree(jsonLd).get("@graph");
        List<String> reviewed = new ArrayList<>();
        graph.forEach(review -> reviewed.add(review.get("url").asText() + " "
                + review.get("reviewRating").get("ratingValue").asInt()));
        assertEquals(List.of("https://desk.example/#deficit-2024 5", "https://desk.example/#bessent-former 1"), reviewed,
                "deficit-rise is a draft");
        assertEquals("https://example.com/sample", graph.get(0).get("itemReviewed").get("appearance").get("url").asText());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            on Friday (Feb 21)                                        | on Friday (Feb 21)                 | a short quote stays
            '  up\\n    US$20 billion '                               | up US$20 billion                   | on one line, spaces folded
            x234567890123456789012345678901234567890123456789012345678901234567890123 | x234567890123456789012345678901234567890123456789012345678901234567890123 | 73 characters stay
            x2345678901234567890123456789012345678901234567890123456789012345678901234 | x2345678901234567890123456789012345678901234567890123456789012345678901234 | 74 characters stay
            x23456789012345678901234567890123456789012345678901234567890123456789012345 | x234567890123456789012345678901234567890123456789012345678901234567890123\u2026 | one word of 75 is cut within it
            the deficit was US$295.4 billion in 2024, the largest since 2018 and the third in a row | the deficit was US$295.4 billion in 2024, the largest since 2018 and the\u2026 | cut at the last space
            the deficit was US$295.4 billion in 2024, the largest since 2018, and the third in a row | the deficit was US$295.4 billion in 2024, the largest since 2018, and the\u2026 | whole words up to the limit
            """)
    void claimReviewedIsTheQuoteUnder75Characters(String quote, String expected, String why) {
        String shortened = ClaimReviewReporter.claimReviewed(quote.replace("\\n", "\n"));
        assertEquals(expected, shortened, why);
        assertTrue(shortened.codePointCount(0, shortened.length()) < 75, shortened);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WORDS aaaa, bbbbbbbbbbbbb                                      | WORDS aaaa\u2026
            WORDS aaa bbbb, ccccccccc                                      | WORDS aaa bbbb\u2026
            WORDS \ud83d\ude00 \ud83d\ude00 \ud83d\ude00 \ud83d\ude00 \ud83d\ude00 xx | WORDS \ud83d\ude00 \ud83d\ude00 \ud83d\ude00 \ud83d\ude00\u2026
            """)
    void aCutDropsTheSpaceAndPunctuationBeforeTheEllipsisAndCountsCharactersNotCodeUnits(String quote, String expected) {
        assertEquals(expected.replace("WORDS", WORDS), ClaimReviewReporter.claimReviewed(quote.replace("WORDS", WORDS)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            INCONSISTENT | 1 | Inconsistent
            UNDECIDED    | 3 | Undecided
            CONSISTENT   | 5 | Consistent
            """)
    void theRatingScaleOfTheReadme(Verdict verdict, int value, String name) {
        assertEquals(value, ClaimReviewReporter.ratingValue(verdict));
        assertEquals(name, ClaimReviewReporter.alternateName(verdict));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Reuters                                             | Reuters
            unknown (a Reuters-based wire story)                | NULL
            Unknown                                             | NULL
            '   '                                               | NULL
            NULL                                                | NULL
            """)
    void metadataWrittenAsUnknownIsLeftOut(String value, String known) {
        assertEquals(Optional.ofNullable(known), ClaimReviewReporter.known(value));
    }
}
