package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.claimcheck.model.Vintage;
import java.io.IOException;

/** Reads a vintage, "2025-02-05" or "2026-02"; a bare year is refused, since a release is known at least by its month. */
final class VintageDeserializer extends JsonDeserializer<Vintage> {
    @Override
    public Vintage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            // A YAML date or year-month arrives as text; a bare year as a number, refused by parse.
            return Vintage.parse(p.getText());
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Vintage.class);
        }
    }
}
