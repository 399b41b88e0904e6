package dev.claimcheck.engine;

import java.util.List;

/**
 * Writes a rule's message from a template: {@code {}} takes the next argument, and {@code [a|b]} reads
 * "a" when the check holds and "b" when it does not, so one sentence states both outcomes:
 * <pre>"{} [held|did not hold] {} on {}"</pre>
 * Arguments are inserted as they are, never read as template, so a name with brackets stays a name.
 * A bracket without a bar in it is kept as written.
 */
final class Wording {
    private Wording() {
    }

    static String of(String template, boolean holds, List<?> args) {
        StringBuilder out = new StringBuilder();
        int[] next = {0};
        int i = 0;
        while (i < template.length()) {
            int choice = choiceEnd(template, i);
            if (choice > 0) {
                int bar = template.indexOf('|', i);
                String chosen = holds ? template.substring(i + 1, bar) : template.substring(bar + 1, choice);
                String skipped = holds ? template.substring(bar + 1, choice) : template.substring(i + 1, bar);
                // Arguments are numbered in template order: the left branch's come first.
                if (!holds) {
                    next[0] += placeholders(skipped);
                }
                fill(chosen, args, next, out);
                if (holds) {
                    next[0] += placeholders(skipped);
                }
                i = choice + 1;
            } else if (template.startsWith("{}", i)) {
                out.append(arg(args, next));
                i += 2;
            } else {
                out.append(template.charAt(i++));
            }
        }
        if (next[0] != args.size()) {
            throw new IllegalArgumentException("the message \"" + template + "\" has " + next[0]
                    + " {} for " + args.size() + " arguments");
        }
        return out.toString();
    }

    /** The index of the ']' closing a choice that starts at i, or -1 when no choice starts there. */
    private static int choiceEnd(String template, int i) {
        int close = template.indexOf(']', i);
        if (template.charAt(i) != '[' || close < 0) {
            return -1;
        }
        int bar = template.indexOf('|', i);
        int nested = template.indexOf('[', i + 1);
        return bar > i && bar < close && (nested < 0 || nested > close) ? close : -1;
    }

    private static void fill(String part, List<?> args, int[] next, StringBuilder out) {
        int at = 0;
        for (int hole = part.indexOf("{}"); hole >= 0; hole = part.indexOf("{}", at)) {
            out.append(part, at, hole).append(arg(args, next));
            at = hole + 2;
        }
        out.append(part.substring(at));
    }

    private static int placeholders(String part) {
        int n = 0;
        for (int hole = part.indexOf("{}"); hole >= 0; hole = part.indexOf("{}", hole + 2)) {
            n++;
        }
        return n;
    }

    private static String arg(List<?> args, int[] next) {
        if (next[0] >= args.size()) {
            throw new IllegalArgumentException("a message has more {} than arguments");
        }
        return String.valueOf(args.get(next[0]++));
    }
}
