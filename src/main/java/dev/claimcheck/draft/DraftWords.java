package dev.claimcheck.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the language the drafter reads ("rose", "down from", "on the year", "former"): the same
 * {@code words.yaml} the checks read, so a draft is written in the words its checks understand.
 */
final class DraftWords {
    private static final JsonNode WORDS = read();

    private DraftWords() {
    }

    private static JsonNode read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("words.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("claimcheck's words.yaml cannot be read", e);
        }
    }

    /** Each meaning of a group with its words, e.g. directions: rise -> [rose, grew, ...]. */
    static Map<String, List<String>> group(String name) {
        Map<String, List<String>> meanings = new LinkedHashMap<>();
        WORDS.path(name).fields().forEachRemaining(entry -> {
            List<String> words = new ArrayList<>();
            entry.getValue().forEach(word -> words.add(word.asText()));
            meanings.put(entry.getKey(), words);
        });
        return meanings;
    }

    /** The number words, "zero" to "twelve", by value. */
    static List<String> numbers() {
        List<String> numbers = new ArrayList<>();
        WORDS.path("numbers").forEach(word -> numbers.add(word.asText()));
        return numbers;
    }
}
