package dev.claimcheck.io;

import java.io.FilterWriter;
import java.io.Writer;

/** Lets a library write to a stream it must not close, such as standard output. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }
}
