package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TAP version 14 for the hand-made result: one test per claim. */
class TapReporterTest {
    private static final TapReporter TAP = new TapReporter();

    /** The YAML block under an inconsistent claim of the sample with one error finding, and its waiver if any. */
    private static String diagnostics(int line, String rule, String message, String waiverLine) {
        return """
                  ---
                  verdict: inconsistent
                  file: facts/articles/2025-02-22-sample/claims.yaml
                  line: %d
                  findings:
                  - rule: %s
                    severity: error
                    message: "%s"
                %s  ...
                """.formatted(line, rule, message, waiverLine);
    }

    @Test
    void anInconsistentClaimIsNotOkWithItsFindingsInAYamlBlock() {
        assertEquals("""
                TAP version 14
                1..3
                ok 1 - 2025-02-22-sample/deficit-2024
                not ok 2 - 2025-02-22-sample/deficit-rise
                """ + diagnostics(19, "change-matches-levels", SampleResult.CHANGE_MESSAGE, "") + """
                not ok 3 - 2025-02-22-sample/bessent-former
                """ + diagnostics(27, "office-tenure", SampleResult.TENURE_MESSAGE, ""),
                SampleResult.render(TAP, new SampleResult().plain()));
    }

    @Test
    void findingsInTheBaselineOrWaivedMakeTodoTests() {
        assertEquals("""
                TAP version 14
                1..3
                ok 1 - 2025-02-22-sample/deficit-2024
                not ok 2 - 2025-02-22-sample/deficit-rise # TODO known: in the baseline
                """ + diagnostics(19, "change-matches-levels", SampleResult.CHANGE_MESSAGE, "") + """
                not ok 3 - 2025-02-22-sample/bessent-former # TODO waived: the article means his former post at a fund
                """ + diagnostics(27, "office-tenure", SampleResult.TENURE_MESSAGE,
                        "    waived: the article means his former post at a fund\n"),
                SampleResult.render(TAP, new SampleResult().judged()));
    }

    @Test
    void anUncheckedClaimIsSkipped() {
        List<String> lines = SampleResult.render(TAP, new SampleResult().withoutThePass()).lines().toList();
        assertEquals("ok 1 - 2025-02-22-sample/deficit-2024 # SKIP unchecked", lines.get(2));
        assertEquals("not ok 2 - 2025-02-22-sample/deficit-rise", lines.get(3));
    }
}
