package dev.claimcheck.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words claimcheck reads in quotes, by meaning ("rose" is a rise, "down from" a relation of being
 * below): kept as data in {@code words.yaml} beside this class, read once.
 */
public final class Vocabulary {
    private static final JsonNode WORDS = read();

    private Vocabulary() {
    }

    private static JsonNode read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("words.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("claimcheck's words.yaml cannot be read", e);
        }
    }

    /** The words of one meaning, e.g. {@code words("directions", "rise")}; empty when it has none. */
    public static List<String> words(String group, String meaning) {
        List<String> words = new ArrayList<>();
        WORDS.path(group).path(meaning).forEach(word -> words.add(word.asText()));
        return words;
    }

    /** The meanings of a group, e.g. the directions "rise" and "fall". */
    public static List<String> meanings(String group) {
        List<String> meanings = new ArrayList<>();
        WORDS.path(group).fieldNames().forEachRemaining(meanings::add);
        return meanings;
    }

    /** "two" for 2, when the vocabulary has a word for the number; otherwise null. */
    static String numberWord(int n) {
        JsonNode numbers = WORDS.path("numbers");
        return n >= 0 && n < numbers.size() ? numbers.get(n).asText() : null;
    }

    /** Whether the text has one of the words (or phrases) as a whole word, ignoring case. */
    static boolean hasAny(String text, List<String> words) {
        return words.stream().anyMatch(word -> has(text, word));
    }

    /** Whether the text has the word or phrase as a whole word, ignoring case. */
    static boolean has(String text, String word) {
        return WholeWords.in(text.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
    }
}
