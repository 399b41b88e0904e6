package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.claimcheck.model.SeriesSum;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;

/** Reads an identity's {@code equals: a - b}, remembering where it is written for messages about its series. */
final class SeriesSumDeserializer extends JsonDeserializer<SeriesSum> {
    @Override
    public SeriesSum deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidFormatException.from(p, "expected " + SeriesSum.FORM, p.getText(), SeriesSum.class);
        }
        JsonLocation at = p.currentTokenLocation();
        SeriesSum sum;
        try {
            sum = SeriesSum.parse(p.getText());
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, e.getMessage(), p.getText(), SeriesSum.class);
        }
        Object file = ctxt.getAttribute(LocatingDeserializers.FILE);
        if (file != null) {
            sum.setLocation(new SourceLocation(file.toString(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
        }
        return sum;
    }
}
