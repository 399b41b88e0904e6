package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.problem.SourceLocation;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule's help: what it checks, an example and the fix, as text and as Markdown that renders as written. */
class RuleHelpTest {
    private static final SourceLocation AT = new SourceLocation("rules/r.drl", 3, 1);
    private static final RuleInfo WRITTEN = new RuleInfo("level-matches", Severity.ERROR, "A level matches",
            "Compares the level with the reference value.", AT, List.of(), "", false,
            "Correct the amount (amount:) or the reference data.", "The claim quoting \"US$259.4 billion\" fails it.");

    @Test
    void textGivesTitleDescriptionExampleAndFixInThatOrder() {
        assertEquals("""
                A level matches

                Compares the level with the reference value.

                Example: The claim quoting "US$259.4 billion" fails it.

                How to fix: Correct the amount (amount:) or the reference data.""", RuleHelp.text(WRITTEN));
        assertEquals("Compares the level with the reference value.", RuleHelp.description(WRITTEN));
    }

    @Test
    void aRuleThatOnlyDerivesSaysSoInsteadOfAFix() {
        RuleInfo derives = new RuleInfo("implied-level", null, "Derives the implied level", "", AT);
        assertEquals("Derives the implied level\n\n" + RuleHelp.DERIVES, RuleHelp.text(derives));
        assertEquals("Derives the implied level", RuleHelp.description(derives), "without a description, the title");
    }

    /** Text full of Markdown markup renders, through a CommonMark renderer, as the plain text it is. */
    @ParameterizedTest
    @ValueSource(strings = {"US$16.3 billion, not US$16.0 billion", "*not* _emphasis_ `code` [link](http://x) <b>x</b>",
            "# not a heading", "- not a list\n+ nor this\n1. nor this\n2) nor this", "a | b | c\n--- | --- | ---",
            "~~kept~~ and \\escaped\\ and &amp; and ==", "  > not a quote", NastyResult.NASTY})
    void markdownRendersAsWritten(String text) {
        Node document = Parser.builder().build().parse(RuleHelp.escape(text));
        String rendered = TextContentRenderer.builder().build().render(document);
        assertEquals(plain(text), plain(rendered));
    }

    /** The words and signs of a text, whatever its line breaks and spaces. */
    private static String plain(String text) {
        return text.replace("\u0000", "\uFFFD").strip().replaceAll("\\s+", " ");
    }

    @Test
    void everyBundledRuleThatReportsHasItsHelpAndAnExample() {
        List<RuleInfo> reporting = BundledRules.compiled().rules().stream().filter(RuleInfo::reports).toList();
        assertTrue(reporting.size() > 40, "the bundled rules were read");
        reporting.forEach(RuleHelpTest::assertFullHelp);
    }

    @Test
    void everyBuiltInCheckHasItsHelpAndAnExample() {
        new SampleResult().plain().rules().stream()
                .filter(rule -> !rule.location().file().endsWith(".drl"))
                .forEach(RuleHelpTest::assertFullHelp);
    }

    private static void assertFullHelp(RuleInfo rule) {
        for (String part : List.of(rule.description(), rule.fix(), rule.helpExample())) {
            assertTrue(part != null && !part.isBlank(), rule.id() + " lacks a part of its help: " + rule);
        }
        String text = RuleHelp.text(rule);
        assertTrue(text.contains(rule.description()) && text.contains("Example: " + rule.helpExample())
                && text.endsWith("How to fix: " + rule.fix()), text);
        assertTrue(RuleHelp.markdown(rule).contains("**How to fix.**"), rule.id());
    }
}
