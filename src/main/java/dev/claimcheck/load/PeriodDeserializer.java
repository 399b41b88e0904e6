package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.claimcheck.model.Period;
import java.io.IOException;

/** Reads a period from a bare year (2024) or a written form ("2024-Q4", "2024-12", "2024-12-31"). */
final class PeriodDeserializer extends JsonDeserializer<Period> {
    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_STRING) {
            throw notAPeriod(p);
        }
        return Period.parse(p.getText()).orElseThrow(() -> notAPeriod(p));
    }

    private static InvalidFormatException notAPeriod(JsonParser p) {
        String written = safeText(p);
        return InvalidFormatException.from(p, "a period is " + Period.FORMS + (written == null ? "" : ", not " + written),
                written, Period.class);
    }

    private static String safeText(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return null;
        }
    }
}
