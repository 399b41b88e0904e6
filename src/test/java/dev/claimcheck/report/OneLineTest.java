package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text from facts and rules made safe for one line of a report. */
class OneLineTest {
    @Test
    void showsLineEndsTabsAndEscapeSequencesAsEscapes() {
        assertEquals("a\\nb\\r\\tc", OneLine.of("a\nb\r\tc"));
        assertEquals("\\e[31mred\\e[0m", OneLine.of("\u001b[31mred\u001b[0m"));
        assertEquals("\\e]8;;http://x\\u0007link", OneLine.of("\u001b]8;;http://x\u0007link"));
    }

    @Test
    void showsOtherControlsSeparatorsBidiMarksAndNoncharactersAsUnicodeEscapes() {
        assertEquals("\\u0000 \\u007F \\u0085 \\u009B", OneLine.of("\u0000 \u007f \u0085 \u009b"));
        assertEquals("\\u2028 \\u2029 \\u202Eevil \\u2066", OneLine.of("\u2028 \u2029 \u202eevil \u2066"));
        assertEquals("\\uFFFE \\uFFFF", OneLine.of("\uFFFE \uFFFF"));
    }

    @Test
    void escapesUnpairedSurrogatesAndKeepsPairs() {
        assertEquals("\\uD800 \\uDC00 \uD83D\uDE00", OneLine.of("\uD800 \uDC00 \uD83D\uDE00"));
        assertEquals("x\\uD800", OneLine.of("x\uD800"));
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
