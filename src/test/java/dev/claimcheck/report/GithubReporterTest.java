package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.VerifyResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands for the hand-made result. */
class GithubReporterTest {
    private static final GithubReporter GITHUB = new GithubReporter();

    @Test
    void writesOneCommandPerFindingWithItsClaimThenASummary() {
        assertEquals("""
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=19,col=5,title=change-matches-levels (draft)::deficit-rise: US$20 billion [claim deficit-rise] = change 2023 to 2024 (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023] = US$16.3 ± 0.1 billion): fails
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=27,col=5,title=office-tenure::bessent-former: Scott Bessent held us-treasury-secretary on 2025-02-22: current, not former
                claimcheck: 3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 2 errors, 0 warnings, 0 info; 1 draft
                """, SampleResult.render(GITHUB, new SampleResult().plain()));
    }

    @Test
    void marksBaselineFindingsLeavesWaivedOnesOutAndCountsThem() {
        assertEquals("""
                ::error file=facts/articles/2025-02-22-sample/claims.yaml,line=19,col=5,title=change-matches-levels (draft) (in baseline)::deficit-rise: US$20 billion [claim deficit-rise] = change 2023 to 2024 (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023] = US$16.3 ± 0.1 billion): fails
                ::warning file=facts/waivers.yaml,line=9,col=5,title=waiver-expired::the waiver of level-matches-reference on deficit-2024 (desk, until 2025-05-31) expired on 2025-05-31; its finding counts again
                claimcheck: 3 claims: 1 consistent, 2 inconsistent, 0 undecided, 0 unchecked; findings: 1 error, 1 warning, 0 info; 1 draft; 1 waived
                """, SampleResult.render(GITHUB, new SampleResult().judged()));
    }

    @Test
    void escapesMessagesAndPropertiesAsTheRunnerReadsThem() {
        assertEquals("up 50%25%0Aof which%0D half", GithubReporter.data("up 50%\nof which\r half"));
        assertEquals("a%3A b%2C c%25", GithubReporter.property("a: b, c%"));
        assertEquals("keeps: commas, in data", GithubReporter.data("keeps: commas, in data"));
    }

    @Test
    void nastyTextMakesOneCommandPerFindingThatTheRunnerReadsBackAndNoOther() {
        VerifyResult result = new NastyResult().result();
        List<String> lines = SampleResult.render(GITHUB, result).lines().toList();
        assertEquals(result.findings().size() + 1, lines.size(), "a line per finding, then the summary");
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            Command command = Command.parse(lines.get(i));
            assertNotNull(command, lines.get(i));
            assertEquals(f.severity().word().replace("info", "notice"), command.name());
            assertEquals(Map.of("file", f.location().file(), "line", String.valueOf(f.location().line()),
                    "col", String.valueOf(f.location().column()), "title", f.rule().id()), command.properties(),
                    "every property value back as it was");
            String message = f.claim() == null ? f.message() : f.claimId() + ": " + f.message();
            assertEquals(OneLine.of(message), command.data(), "the message, on one line as in the text report");
        }
        assertEquals(List.of("error", "warning", "warning"), result.findings().stream().map(f -> f.severity().word()).toList());
        String summary = lines.get(lines.size() - 1);
        assertNull(Command.parse(summary));
        assertFalse(summary.contains("##["));
    }

    @Test
    void escapingReadsBackExactlyAndNothingEndsAValueOrTheCommandEarly() {
        Random random = new Random(42);
        String alphabet = "%0ADC325:,=\r\n x";
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String property = GithubReporter.property(text.toString());
            assertFalse(property.matches("(?s).*[,:\\r\\n].*"), property);
            assertEquals(text.toString(), Command.unescape(property, Command.PROPERTY_ESCAPES));
            String data = GithubReporter.data(text.toString());
            assertFalse(data.matches("(?s).*[\\r\\n].*"), data);
            assertEquals(text.toString(), Command.unescape(data, Command.DATA_ESCAPES));
        }
    }

    /** A workflow command as the Actions runner reads a line (ActionCommand.TryParseV2 in actions/runner). */
    private record Command(String name, Map<String, String> properties, String data) {
        /** The runner's unescaping, in its order: each escape, then "%25". */
        static final List<String[]> PROPERTY_ESCAPES = List.of(new String[] {"%0D", "\r"}, new String[] {"%0A", "\n"},
                new String[] {"%3A", ":"}, new String[] {"%2C", ","}, new String[] {"%25", "%"});
        static final List<String[]> DATA_ESCAPES = List.of(new String[] {"%0D", "\r"}, new String[] {"%0A", "\n"},
                new String[] {"%25", "%"});

        static Command parse(String line) {
            String message = line.stripLeading();
            if (!message.startsWith("::")) {
                return null;
            }
            int end = message.indexOf("::", 2);
            if (end < 0) {
                return null;
            }
            String info = message.substring(2, end);
            int space = info.indexOf(' ');
            Map<String, String> properties = new LinkedHashMap<>();
            if (space > 0) {
                for (String property : info.substring(space + 1).strip().split(",")) {
                    String[] pair = property.split("=", 2);
                    if (pair.length == 2 && !pair[0].isEmpty() && !pair[1].isEmpty()) {
                        properties.put(pair[0], unescape(pair[1], PROPERTY_ESCAPES));
                    }
                }
            }
            return new Command(space < 0 ? info : info.substring(0, space), properties,
                    unescape(message.substring(end + 2), DATA_ESCAPES));
        }

        static String unescape(String text, List<String[]> escapes) {
            for (String[] escape : escapes) {
                text = text.replace(escape[0], escape[1]);
            }
            return text;
        }
    }
}
