package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands for the hand-made result. */
class GithubReporterTest {
    private static final GithubReporter GITHUB = new GithubReporter();

    @Test
    void writesOneCommandPerFindingWithItsClaimThenASummary() {
        assertEquals("""
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=19,col=5,title=change-matches-levels::deficit-rise: US$20 billion [claim deficit-rise] = change 2023 to 2024 (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023] = US$16.3 ± 0.1 billion): fails
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=27,col=5,title=office-tenure::bessent-former: Scott Bessent held us-treasury-secretary on 2025-02-22: current, not former
                claimcheck: 3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 2 errors, 0 warnings, 0 info
                """, SampleResult.render(GITHUB, new SampleResult().plain()));
    }

    @Test
    void marksBaselineFindingsLeavesWaivedOnesOutAndCountsThem() {
        assertEquals("""
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=19,col=5,title=change-matches-levels (in baseline)::deficit-rise: US$20 billion [claim deficit-rise] = change 2023 to 2024 (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023] = US$16.3 ± 0.1 billion): fails
                ::warning file=facts/waivers.yaml,line=9,col=5,title=waiver-expired::the waiver of level-matches-reference on deficit-2024 (desk, until 2025-05-31) expired on 2025-05-31; its finding counts again
                claimcheck: 3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 1 error, 1 warning, 0 info; 1 waived
                """, SampleResult.render(GITHUB, new SampleResult().judged()));
    }

    @Test
    void escapesMessagesAndPropertiesAsTheRunnerReadsThem() {
        assertEquals("up 50%25%0Aof which%0D half", GithubReporter.data("up 50%\nof which\r half"));
        assertEquals("a%3A b%2C c%25", GithubReporter.property("a: b, c%"));
        assertEquals("keeps: commas, in data", GithubReporter.data("keeps: commas, in data"));
    }
}
