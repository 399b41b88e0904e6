package dev.claimcheck.model;

/**
 * Finds a word or phrase as whole words: with no letter or number ({@code [\p{L}\p{N}]}) just before or
 * after it. It finds what the pattern {@code (?<![\p{L}\p{N}])\Qphrase\E(?![\p{L}\p{N}])} finds, with
 * indexOf instead of a pattern tried at every character of the text (quotes, article texts).
 */
public final class WholeWords {
    private WholeWords() {
    }

    /** Where the phrase next occurs as whole words at or after {@code from}, or -1 (always, for an empty phrase). */
    public static int indexOf(String text, String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (!letterOrNumber(text, at - 1) && !letterOrNumber(text, at + phrase.length())) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the text holds the phrase as whole words, as written (case counts). */
    public static boolean in(String text, String phrase) {
        return indexOf(text, phrase, 0) >= 0;
    }

    /**
     * Whether the code point at an index (as a pattern's look-around reads it: at the index, so a low
     * surrogate before a name is not a letter) is a letter or number; false outside the text.
     */
    private static boolean letterOrNumber(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        return switch (Character.getType(Character.codePointAt(text, at))) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
