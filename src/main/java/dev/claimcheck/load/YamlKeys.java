package dev.claimcheck.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys of YAML mappings in a span of a claims file, where each is first written: a key at the start
 * of a line (after indentation or "- "), or after "{" or ",", followed by ":". Scanned by hand rather
 * than with a pattern tried at every character, which took a quarter of loading a large corpus; it finds
 * what {@code (?m)(?:^|[{,])[ \t]*(?:- )?([a-z_][a-z0-9_]*)[ \t]*:} finds in the span (the span's start
 * counting as a line start).
 */
final class YamlKeys {
    private YamlKeys() {
    }

    /** Each key's first offset in {@code text} between {@code start} and {@code end}. */
    static Map<String, Integer> first(String text, int start, int end) {
        Map<String, Integer> keys = new HashMap<>();
        int at = start;
        while (at < end) {
            int found = -1;
            if (isLineStart(text, start, end, at)) {
                found = keyAfter(text, at, end, keys);
            }
            if (found < 0 && (text.charAt(at) == '{' || text.charAt(at) == ',')) {
                found = keyAfter(text, at + 1, end, keys);
            }
            at = found >= 0 ? found : at + 1;
        }
        return keys;
    }

    /** Whether a line starts at {@code at}: the span's start, or just after a line terminator; never at the end. */
    private static boolean isLineStart(String text, int start, int end, int at) {
        if (at == start) {
            return true;
        }
        char before = text.charAt(at - 1);
        boolean terminator = before == '\n' || before == '\r' || before == '\u0085' || (before | 1) == '\u2029';
        return terminator && !(before == '\r' && text.charAt(at) == '\n');
    }

    /**
     * Reads {@code [ \t]*(?:- )?key[ \t]*:} from {@code at}: records the key's offset if it is the first of its
     * name, and returns where the match ends, or -1 if there is none.
     */
    private static int keyAfter(String text, int at, int end, Map<String, Integer> keys) {
        int i = skipBlanks(text, at, end);
        if (i + 1 < end && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
            i += 2;
        }
        int keyStart = i;
        if (i >= end || !(isLower(text.charAt(i)) || text.charAt(i) == '_')) {
            return -1;
        }
        i++;
        while (i < end && (isLower(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        int keyEnd = i;
        i = skipBlanks(text, i, end);
        if (i >= end || text.charAt(i) != ':') {
            return -1;
        }
        keys.putIfAbsent(text.substring(keyStart, keyEnd), keyStart);
        return i + 1;
    }

    private static int skipBlanks(String text, int at, int end) {
        int i = at;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
