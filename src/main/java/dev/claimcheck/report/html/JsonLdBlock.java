package dev.claimcheck.report.html;

/**
 * JSON-LD for the page's head, made safe to stand inside a script element: nothing in it can end the
 * element ({@code </script>}) or open a comment that changes how the browser reads the rest.
 * {@code <\/} and {@code \u003c} mean the same as {@code </} and {@code <} to a JSON parser.
 */
public final class JsonLdBlock {
    private JsonLdBlock() {
    }

    /** The JSON text as it may stand between {@code <script type="application/ld+json">} and its end tag. */
    public static String inert(String json) {
        return json.replace("</", "<\\/").replace("<!--", "\\u003c!--");
    }
}
