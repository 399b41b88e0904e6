package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * A YAML parser that refuses anchors and aliases: read through Jackson, {@code *q} becomes the text
 * "q", so a quote or an id would silently be the anchor's name. Every token is checked as it is read.
 */
final class StrictYamlParser extends JsonParserDelegate {
    private final YAMLParser yaml;

    StrictYamlParser(YAMLParser yaml) {
        super(yaml);
        this.yaml = yaml;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return checked(super.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
        return checked(super.nextValue());
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = super.nextFieldName();
        checked(currentToken());
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        boolean matches = super.nextFieldName(name);
        checked(currentToken());
        return matches;
    }

    @Override
    public String nextTextValue() throws IOException {
        String text = super.nextTextValue();
        checked(currentToken());
        return text;
    }

    private JsonToken checked(JsonToken token) throws IOException {
        if (yaml.isCurrentAlias()) {
            throw new JsonParseException(this, "a YAML alias (*" + yaml.getText() + "): claimcheck does not read"
                    + " anchors and aliases, so write the value out in full");
        }
        if (yaml.getCurrentAnchor() != null) {
            throw new JsonParseException(this, "a YAML anchor (&" + yaml.getCurrentAnchor() + "): claimcheck does"
                    + " not read anchors and aliases, so write the value out in full");
        }
        return token;
    }

    /** The parser to hand to Jackson: strict when the format is YAML. */
    static JsonParser of(JsonParser parser) {
        return parser instanceof YAMLParser yaml ? new StrictYamlParser(yaml) : parser;
    }
}
