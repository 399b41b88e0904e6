package dev.claimcheck.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.claimcheck.load.Mappers;
import java.io.UncheckedIOException;

/** Reads a fact or claim from a YAML snippet with the mapper claimcheck reads facts files with. */
public final class YamlFacts {
    private YamlFacts() {
    }

    public static <T> T read(Class<T> type, String yaml) {
        try {
            return Mappers.yaml().readValue(yaml, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
