package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.AmountFormatException;
import java.io.IOException;

/** Reads an amount from its written form; a bare YAML number is refused so that units are never guessed. */
final class AmountDeserializer extends JsonDeserializer<Amount> {
    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidFormatException.from(p,
                    "an amount is written as text with its unit, e.g. \"US$295.4 billion\" or \"10 per cent\"",
                    p.getText(), Amount.class);
        }
        try {
            return Amount.parse(p.getText());
        } catch (AmountFormatException e) {
            throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Amount.class);
        }
    }
}
