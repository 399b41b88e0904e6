package dev.claimcheck.coverage;

/**
 * Something an article states that a claim could check: a number or amount, a date or time word, an
 * office or a person, with where it is written.
 *
 * @param start offset of its first character in the article's text
 * @param end offset just after its last character
 * @param line 1-based line in article.txt
 * @param column 1-based column in article.txt
 */
public record Mention(Kind kind, String text, int start, int end, int line, int column) {
    /** What a mention is, for a reader and for the later draft command. */
    public enum Kind {
        NUMBER, TIME, OFFICE, PERSON;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the span [from, to) of the same text holds the whole mention. */
    public boolean liesWithin(int from, int to) {
        return from <= start && end <= to;
    }

    /** "'US$370 billion' at 31:94". */
    public String describe() {
        return "'" + text + "' at " + line + ":" + column;
    }
}
