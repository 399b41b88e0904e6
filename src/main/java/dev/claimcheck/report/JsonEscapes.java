package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * What JSON and SARIF escape beyond JSON's own rules (quote, backslash, controls below U+0020): DEL,
 * the C1 controls and the other characters {@link OneLine} shows as escapes, which a terminal acts on or
 * hides; surrogates, so that an unpaired one survives any encoding (a pair is two escapes); and
 * {@code #}, so that no string can hold {@code ##[}, which GitHub Actions reads as a workflow command
 * anywhere in a log line. These are JSON's own {@code \}{@code uXXXX} escapes: a JSON reader gets every
 * string back exactly.
 */
final class JsonEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    private JsonEscapes(String alsoEscaped) {
        ascii['#'] = ESCAPE_STANDARD;
        ascii[0x7F] = ESCAPE_STANDARD;
        alsoEscaped.chars().forEach(c -> ascii[c] = ESCAPE_STANDARD);
    }

    /** A JSON factory that escapes so. */
    static JsonFactory factory() {
        return new JsonFactoryBuilder().characterEscapes(new JsonEscapes("")).build();
    }

    /**
     * One that also escapes {@code < > &}, so that the JSON can sit in an HTML {@code <script>} element:
     * no string can close it ({@code </script>}) or open a comment ({@code <!--}).
     */
    static JsonFactory forHtml() {
        return new JsonFactoryBuilder().characterEscapes(new JsonEscapes("<>&")).build();
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        boolean hidden = ch <= Character.MAX_VALUE && (Character.isSurrogate((char) ch) || OneLine.hidden((char) ch));
        return hidden ? new SerializedString(OneLine.unicode((char) ch)) : null;
    }
}
