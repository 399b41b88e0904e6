package dev.claimcheck.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/** Writes one document (JSON, SARIF, XML) with a Jackson mapper to a stream the caller keeps open. */
public final class Documents {
    private Documents() {
    }

    public static void write(ObjectMapper mapper, Object document, Writer out) throws IOException {
        mapper.writeValue(new NonClosingWriter(out), document);
        out.write(System.lineSeparator());
        out.flush();
    }
}
