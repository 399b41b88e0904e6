package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    @Test
    void findsWhatThePatternFindsInAnySpan() {
        Random random = new Random(11292026);
        int keys = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n >= 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            Map<String, Integer> expected = byPattern(text.toString(), start, end);
            assertEquals(expected, YamlKeys.first(text.toString(), start, end),
                    () -> "in [" + start + ", " + end + ") of: " + text.toString().replace("\n", "\\n").replace("\r", "\\r"));
            keys += expected.size();
        }
        assertTrue(keys > 2000, "the texts hold keys: " + keys);
    }

    private static Map<String, Integer> byPattern(String text, int start, int end) {
        Map<String, Integer> keys = new HashMap<>();
        Matcher key = KEY.matcher(text).region(start, end);
        while (key.find()) {
            keys.putIfAbsent(key.group(1), key.start(1));
        }
        return keys;
    }
}
