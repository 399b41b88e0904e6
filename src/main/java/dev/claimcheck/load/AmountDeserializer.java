package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.AmountFormatException;
import dev.claimcheck.number.Qualifier;
import java.io.IOException;

/** Reads an amount from its written form; a bare YAML number is refused so that units are never guessed. */
final class AmountDeserializer extends JsonDeserializer<Amount> {
    /**
     * The reader attribute set while reading reference data. A reference value is exact at its published
     * precision: a hedge there would widen every check made against it, and hedging is the claim's to do.
     */
    static final String EXACT = "claimcheck.exact-amounts";

    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidFormatException.from(p,
                    "an amount is written as text with its unit, e.g. \"US$295.4 billion\" or \"10 per cent\"",
                    p.getText(), Amount.class);
        }
        Amount amount = parse(p);
        if (ctxt.getAttribute(EXACT) != null && amount.getQualifier() != Qualifier.EXACT) {
            throw InvalidFormatException.from(p, "'" + amount.getText() + "': reference values are exact at their"
                    + " published precision; put hedges in claims", p.getText(), Amount.class);
        }
        return amount;
    }

    private static Amount parse(JsonParser p) throws IOException {
        try {
            return Amount.parse(p.getText());
        } catch (AmountFormatException e) {
            throw InvalidFormatException.from(p, e.getMessage(), p.getText(), Amount.class);
        }
    }
}
