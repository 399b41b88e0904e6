package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text from facts and rules made safe for one line of a report. */
class OneLineTest {
    /** Each text, and how one line of a report shows it. */
    static Stream<Arguments> texts() {
        return Stream.of(
                // Line ends, tabs and escape sequences read as escapes.
                Arguments.of("a\nb\r\tc", "a\\nb\\r\\tc"),
                Arguments.of("\u001b[31mred\u001b[0m", "\\e[31mred\\e[0m"),
                Arguments.of("\u001b]8;;http://x\u0007link", "\\e]8;;http://x\\u0007link"),
                // Other controls, separators, bidi marks and noncharacters as Unicode escapes.
                Arguments.of("\u0000 \u007f \u0085 \u009b", "\\u0000 \\u007F \\u0085 \\u009B"),
                Arguments.of("\u2028 \u2029 \u202eevil \u2066", "\\u2028 \\u2029 \\u202Eevil \\u2066"),
                Arguments.of("\uFFFE \uFFFF", "\\uFFFE \\uFFFF"),
                // Unpaired surrogates escaped, pairs kept.
                Arguments.of("\uD800 \uDC00 \uD83D\uDE00", "\\uD800 \\uDC00 \uD83D\uDE00"),
                Arguments.of("x\uD800", "x\\uD800"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void showsWhatCouldBreakALineAsEscapes(String text, String shown) {
        assertEquals(shown, OneLine.of(text));
    }

    @Test
    void breaksGithubsOldCommandPrefixAnywhere() {
        assertEquals("see #\\u0023[error]x and ##\\u0023[", OneLine.of("see ##[error]x and ###["));
    }

    @Test
    void leavesPrintableTextBackslashesAndNonAsciiAlone() {
        String text = "US$295.4 billion − 5 % ± 0.1 … \"quoted\" C:\\dir # TODO ]]> </script>";
        assertEquals(text, OneLine.of(text));
        assertEquals("null", OneLine.of(null));
    }

    @Test
    void aLineNeverStartsAWorkflowCommand() {
        assertEquals("\\u003A:error file=x::y", OneLine.line("::error file=x::y"));
        assertEquals("  \u00a0\\u003A:warning::z", OneLine.line("  \u00a0::warning::z"));
        assertEquals("\\t::x", OneLine.line("\t::x"), "the tab is shown: the line starts with a backslash");
        assertEquals("a ::error::x", OneLine.line("a ::error::x"), "only the start of a line counts");
    }

    @Test
    void applyingItTwiceChangesNothing() {
        String once = OneLine.line(NastyResult.NASTY);
        assertEquals(once, OneLine.line(once));
        assertEquals(OneLine.of(NastyResult.NASTY), OneLine.of(OneLine.of(NastyResult.NASTY)));
    }
}
