package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.judge.VerifyResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report of the hand-made result, line for line. */
class TextReporterTest {
    private static final TextReporter TEXT = new TextReporter();

    /**
     * The claims of the sample, with what follows each finding's line (a marker, or nothing). The draft
     * deficit-rise widens the verdict column and shows which words of its quote filled which field.
     */
    private static final String CLAIMS = """
            facts/articles/2025-02-22-sample/claims.yaml (article 2025-02-22-sample, published 2025-02-22)
              consistent           deficit-2024    line 12   "the United States ran a US$295.4 billion goods deficit with…"
                  pass    level-matches-reference: US$295.4 billion [claim deficit-2024] = US$295.4 billion [us-china-goods-deficit 2024]: holds
              inconsistent (draft) deficit-rise    line 19   "up US$20 billion from 2023"
                  error   change-matches-levels: US$20 billion [claim deficit-rise] = change 2023 to 2024 (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023] = US$16.3 ± 0.1 billion): fails%s
                  draft   fields from the quote: from = 2023; to = 2024, not in the quote (it says 2023); direction = rise ("up"); amount = "US$20 billion"
              inconsistent         bessent-former  line 27   "former Treasury Secretary Scott Bessent"
                  error   office-tenure: Scott Bessent held us-treasury-secretary on 2025-02-22: current, not former%s

            """;

    @Test
    void listsEachClaimWithItsVerdictAndEveryCheckThenTheCounts() {
        assertEquals(CLAIMS.formatted("", "") + """
                3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 2 errors, 0 warnings, 0 info; 1 draft
                """, SampleResult.render(TEXT, new SampleResult().plain()));
    }

    @Test
    void marksFindingsInTheBaselineOrWaivedAndListsWaiversAndTheBaselineApart() {
        assertEquals(CLAIMS.formatted("  [in baseline]", "  [waived]") + """
                Waivers:
                  facts/waivers.yaml:9:5: warning waiver-expired: the waiver of level-matches-reference on deficit-2024 (desk, until 2025-05-31) expired on 2025-05-31; its finding counts again

                Waived (accepted in facts/waivers.yaml; they do not fail the run):
                  facts/articles/2025-02-22-sample/claims.yaml:27:5: office-tenure on bessent-former, by desk until 2025-12-31: the article means his former post at a fund

                Baseline: 1 new, 1 unchanged, 1 fixed
                  fixed   quote-in-article on deficit-2024: the quote is not in the article

                3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 1 error, 1 warning, 0 info; 1 draft
                """, SampleResult.render(TEXT, new SampleResult().judged()));
    }

    @Test
    void aClaimNoRuleCheckedIsUncheckedAndSaysWhy() {
        String report = SampleResult.render(TEXT, new SampleResult().withoutThePass());
        assertEquals(
                "  unchecked            deficit-2024    line 12   \"the United States ran a US$295.4 billion goods deficit with…\"",
                report.lines().toList().get(1));
        // The sample's rules were made by hand, without the fact types their conditions match.
        assertEquals("      warning claim-unchecked: no rule checked this claim: no rule in the rules directory checks"
                + " level claims",
                report.lines().toList().get(2));
        assertEquals("3 claims: 0 consistent, 2 inconsistent, 0 undecided, 1 unchecked; findings: 2 errors, 1 warning, 0 info;"
                        + " 1 draft",
                report.lines().reduce((first, last) -> last).orElseThrow());
    }

    @Test
    void nastyTextStaysOnItsLinesShowsItsControlsAndStartsNoWorkflowCommand() {
        VerifyResult result = new NastyResult().result();
        List<String> lines = NastyResult.safeLines(SampleResult.render(TEXT, result));
        assertTrue(lines.get(0).startsWith("\\u003A:error file=x::y\\n::warning file=z::w # TODO %0A 50%25 \\r\\t\\e[31mred"),
                "the article's file starts the line: its first colon is shown as an escape");
        for (int i = 0; i < NastyResult.WORDS.size(); i++) {
            String claimLine = lines.get(1 + 2 * i);
            String word = NastyResult.WORDS.get(i);
            assertTrue(claimLine.startsWith("  " + result.claims().get(i).verdict().word()), claimLine);
            assertTrue(claimLine.contains(" " + OneLine.of(NastyResult.id(word)) + " "), claimLine);
            assertTrue(lines.get(2 + 2 * i).startsWith("      "), "one line for the claim's only check");
        }
        assertEquals("", lines.get(9));
        assertEquals(List.of("Waivers:", "Waived (accepted in facts/waivers.yaml; they do not fail the run):",
                        "Baseline: 3 new, 0 unchanged, 1 fixed"),
                List.of(lines.get(10), lines.get(13), lines.get(16)), "each waiver, waived finding and fixed entry one line");
        assertTrue(lines.get(11).startsWith("  \\u003A:error file=x::y"), lines.get(11));
        assertTrue(lines.get(17).startsWith("  fixed   " + OneLine.of(NastyResult.RULE.id()) + " on "), lines.get(17));
        assertEquals(result.summary().line(), lines.get(19));
        assertEquals(20, lines.size());
    }
}
