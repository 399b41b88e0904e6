package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import dev.claimcheck.model.Located;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;

/** Gives every {@link Located} object read from YAML the line and column where its mapping starts. */
final class LocatingDeserializers extends BeanDeserializerModifier {
    /** The reader attribute that names the file being read. */
    static final String FILE = "claimcheck.file";

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return Located.class.isAssignableFrom(description.getBeanClass())
                ? new Locating(deserializer) : deserializer;
    }

    private static final class Locating extends DelegatingDeserializer {
        Locating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Locating(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            Object file = ctxt.getAttribute(FILE);
            if (value instanceof Located located && file != null) {
                located.setLocation(new SourceLocation(file.toString(),
                        Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
            }
            return value;
        }
    }
}
