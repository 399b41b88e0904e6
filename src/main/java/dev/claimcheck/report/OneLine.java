package dev.claimcheck.report;

/**
 * Makes text that comes from facts and rules (claim ids, quotes, messages, file paths, waiver reasons,
 * rule titles) safe to show on one line of a report, whatever the format around it.
 * <p>
 * {@link #of} shows every character that would end the line, act on a terminal or hide itself as a
 * visible escape: tab, newline and carriage return as {@code \t}, {@code \n} and {@code \r}, ESC as
 * {@code \e}, and the other controls (C0, DEL, C1), the Unicode line and paragraph separators, the
 * bidirectional formatting characters, the noncharacters U+FFFE and U+FFFF and unpaired surrogates as
 * {@code \}{@code uXXXX}. It also breaks {@code ##[}, the start of a GitHub Actions workflow command
 * anywhere in a log line, as {@code #\}{@code u0023[}. A backslash already in the text is left as it is:
 * the escapes are for people to read, not to be decoded. Applying it twice changes nothing.
 * <p>
 * {@link #line} is for a whole line of a report for people: besides the above, a line that would start
 * with {@code ::} (after spaces), which GitHub Actions reads as a workflow command, has its first colon
 * shown as {@code \}{@code u003A}.
 */
public final class OneLine {
    private static final String COMMAND_V1 = "##[";
    private static final String COMMAND_V2 = "::";

    private OneLine() {
    }

    /** The text, or "null", with nothing in it that could end its line or act on a terminal or CI log. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (hidden(c) || Character.isSurrogate(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.indexOf(COMMAND_V1) < 0 ? out.toString() : out.toString().replace(COMMAND_V1, "#\\u0023[");
    }

    /** A whole line of a report for people: {@link #of}, and never a workflow command. */
    public static String line(String line) {
        String safe = of(line);
        int start = 0;
        while (start < safe.length() && (Character.isWhitespace(safe.charAt(start)) || Character.isSpaceChar(safe.charAt(start)))) {
            start++;
        }
        return safe.startsWith(COMMAND_V2, start) ? safe.substring(0, start) + "\\u003A" + safe.substring(start + 1) : safe;
    }

    /**
     * Whether {@link #of} shows the character as an escape: a control, a line or paragraph separator, a
     * bidirectional formatting character, or U+FFFE or U+FFFF. (Surrogates are escaped only unpaired.)
     */
    static boolean hidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029'
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String escape(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\u001B' -> "\\e";
            default -> unicode(c);
        };
    }

    /** The escape of a UTF-16 unit as Java and JSON write it: a backslash, "u" and four hex digits. */
    static String unicode(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
