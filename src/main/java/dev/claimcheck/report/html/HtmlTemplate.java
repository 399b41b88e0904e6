package dev.claimcheck.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link View.Page} through the Mustache template {@code report.mustache}. Mustache escapes
 * every {@code {{value}}} for HTML; the template writes unescaped only the page's own CSS and script
 * and the JSON-LD made inert by {@link JsonLdBlock}.
 */
public final class HtmlTemplate {
    private static final String FOLDER = "dev/claimcheck/report/html/";

    private HtmlTemplate() {
    }

    public static void write(View.Page page, Writer out) throws IOException {
        Mustache template = new DefaultMustacheFactory(FOLDER).compile("report.mustache");
        template.execute(out, page);
        out.flush();
    }

    /** A text resource of the report, such as its style sheet. */
    static String resource(String name) {
        try (InputStream in = HtmlTemplate.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
