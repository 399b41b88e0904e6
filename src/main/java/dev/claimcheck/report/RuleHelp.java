package dev.claimcheck.report;

import dev.claimcheck.engine.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A rule's help, as plain text and as Markdown (as code scanning shows it beside an alert): what the rule
 * checks (its title and {@code @description}), an example finding, and how to fix one ({@code @fix}).
 * A rule that only derives facts says so instead of giving a fix.
 */
public final class RuleHelp {
    static final String DERIVES = "It reports nothing itself: it derives facts that other rules check.";
    /** Characters GitHub's Markdown (with tables, strike-through and $ maths) may read as markup anywhere. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>|~&$]");
    /** A heading, list item or rule marker at the start of a line, or the point after an ordered item's number. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("(?m)^(\\s*\\d*)([#=+.)-])");

    private RuleHelp() {
    }

    /** What the rule checks: its description, else its title. */
    public static String description(RuleInfo rule) {
        return blank(rule.description()) ? rule.title() : rule.description();
    }

    public static String text(RuleInfo rule) {
        return String.join("\n\n", sections(rule, "Example: ", "How to fix: ", text -> text));
    }

    public static String markdown(RuleInfo rule) {
        return String.join("\n\n", sections(rule, "**Example.** ", "**How to fix.** ", RuleHelp::escape));
    }

    private static List<String> sections(RuleInfo rule, String example, String fix,
                                         UnaryOperator<String> escape) {
        List<String> sections = new ArrayList<>();
        sections.add(escape.apply(rule.title()));
        if (!blank(rule.description())) {
            sections.add(escape.apply(rule.description()));
        }
        if (!blank(rule.helpExample())) {
            sections.add(example + escape.apply(rule.helpExample()));
        }
        sections.add(rule.reports() ? fix + escape.apply(blank(rule.fix()) ? "no fix is written for this rule (@fix)."
                : rule.fix()) : escape.apply(DERIVES));
        return sections;
    }

    /** Text as Markdown that renders as written: markup characters escaped, line breaks kept as breaks. */
    static String escape(String text) {
        String oneKindOfBreak = text.replace("\r\n", "\n").replace('\r', '\n');
        String inline = INLINE_MARKUP.matcher(oneKindOfBreak).replaceAll("\\\\$0");
        return BLOCK_MARKER.matcher(inline).replaceAll("$1\\\\$2").replace("\n", "  \n");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
