package dev.claimcheck.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link PrintWriter} swallows the failure and
 * keeps only that there was one ({@link #checkError()}); a full disk or a closed pipe must not pass as
 * success, so the run asks {@link #failureOf(PrintWriter)} before it exits.
 */
public final class StandardOutput extends PrintWriter {
    private final Remembering sink;

    /** Writes UTF-8 to the stream, flushing at every line. */
    public StandardOutput(OutputStream out) {
        this(new Remembering(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private StandardOutput(Remembering sink) {
        super(sink, true);
        this.sink = sink;
    }

    /** Flushes what is left, and tells why writing to the stream failed, if it did. */
    public static Optional<IOException> failureOf(PrintWriter out) {
        out.flush();
        if (out instanceof StandardOutput standard && standard.sink.failure != null) {
            return Optional.of(standard.sink.failure);
        }
        return out.checkError() ? Optional.of(new IOException("write error")) : Optional.empty();
    }

    /** Keeps the first failure of the stream it passes writes to (Writer sends every write through write(char[])). */
    private static final class Remembering extends Writer {
        private final Writer out;
        private IOException failure;

        Remembering(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                out.write(chars, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
