package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.engine.Firing;
import dev.claimcheck.judge.VerifyResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code explain} writes, for a claim, a rule and a fact made of the nastiest text. */
class ExplanationTest {
    @Test
    void nastyTextStaysOnItsLinesShowsItsControlsAndStartsNoWorkflowCommand() {
        NastyResult nasty = new NastyResult();
        VerifyResult result = nasty.result();
        Firing firing = new Firing(NastyResult.RULE, List.of(nasty.claims.get(0), nasty.claims.get(2)),
                List.of(result.claims().get(0).checks().get(0)), List.of("derived " + NastyResult.NASTY));
        StringWriter out = new StringWriter();
        new Explanation(result, nasty.claims.get(0), List.of(firing), rule -> Optional.empty()).write(new PrintWriter(out));

        List<String> lines = NastyResult.safeLines(out.toString().replace(System.lineSeparator(), "\n"));
        assertTrue(lines.get(0).startsWith("\\u003A:error file=x::y\\n::warning"),
                "the claim's id starts the line: its first colon is shown as an escape");
        assertEquals("  \"" + OneLine.of("failing " + NastyResult.NASTY) + "\"", lines.get(1), "the quote in full, on one line");
        assertEquals("    concluded: error: " + OneLine.of("failing " + NastyResult.NASTY), lines.get(6));
        assertEquals("    derived: " + OneLine.of("derived " + NastyResult.NASTY), lines.get(7));
        assertEquals("  " + OneLine.of(NastyResult.OTHER.id() + " (" + NastyResult.OTHER.location() + "): "
                + NastyResult.OTHER.title()), lines.get(10));
        // The conditions are source text: a line of it is a line of the explanation, made safe.
        List<String> conditions = NastyResult.OTHER.conditions().lines().map(line -> OneLine.line("      " + line)).toList();
        assertEquals(conditions, lines.subList(12, lines.size()));
        assertEquals("      \\u003A:warning file=z::w # TODO %0A 50%25 ", lines.get(14));
    }
}
