package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.SeededTries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scan of YAML keys finds, in any span, what the key pattern tried at every character finds. */
class YamlKeysTest {
    private static final Pattern KEY = Pattern.compile("(?:^|[{,])[ \\t]*(?:- )?([a-z_][a-z0-9_]*)[ \\t]*:",
            Pattern.MULTILINE);
    /** Pieces of claims files: keys, values, flow mappings, list items, odd line ends and near-keys. */
    private static final List<String> PIECES = List.of("id", "quote", "value_2024", "_x", "Kind", "2x", "a-b",
            ":", ": ", " :", "\t:", "- ", "-", "  ", "\t", "{", "}", ",", ", ", "[", "]", "\"", "'", "#",
            "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "US$295.4 billion", "x: y", "- id: a", "{a: 1, b: 2}");

    /** A text and the span of it searched. */
    record Span(String text, int start, int end) {
        @Override
        public String toString() {
            return "[" + start + ", " + end + ") of \"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
        }
    }

    @Test
    void findsWhatThePatternFindsInAnySpan() {
        int[] keys = {0};
        SeededTries.forAll("findsWhatThePatternFindsInAnySpan", SeededTries.seed(), 20_000,
                List.of(new Span("", 0, 0), new Span("- id: a\r\n  quote: q", 2, 19), new Span("x: y\nid: z", 3, 10)),
                random -> {
                    String text = SeededTries.text(random, PIECES, 16);
                    int start = random.nextInt(text.length() + 1);
                    return new Span(text, start, start + random.nextInt(text.length() - start + 1));
                },
                span -> {
                    Map<String, Integer> expected = byPattern(span);
                    assertEquals(expected, YamlKeys.first(span.text(), span.start(), span.end()));
                    keys[0] += expected.size();
                });
        assertTrue(keys[0] > 2000, "the texts hold keys: " + keys[0]);
    }

    private static Map<String, Integer> byPattern(Span span) {
        Map<String, Integer> keys = new HashMap<>();
        Matcher key = KEY.matcher(span.text()).region(span.start(), span.end());
        while (key.find()) {
            keys.putIfAbsent(key.group(1), key.start(1));
        }
        return keys;
    }
}
