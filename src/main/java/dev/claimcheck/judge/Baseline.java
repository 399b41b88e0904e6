package dev.claimcheck.judge;

import dev.claimcheck.io.Documents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The findings of a known state of the facts, by fingerprint: {@code verify --baseline} gates only on
 * findings that are not in it.
 */
public record Baseline(int version, String tool, List<Entry> findings) {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One recorded finding; only the fingerprint is compared, the rest is for people. */
    public record Entry(String fingerprint, String rule, String claim, String severity, String message) {
    }

    public static Baseline of(VerifyResult result) {
        return new Baseline(FORMAT_VERSION, "claimcheck " + Version.get(), result.allFindings().stream()
                .map(f -> new Entry(f.fingerprint(), f.rule().id(), f.claimId(), f.severity().word(), f.message()))
                .toList());
    }

    public static Baseline read(Path file) throws IOException {
        Baseline baseline = JSON.readValue(file.toFile(), Baseline.class);
        if (baseline.version() != FORMAT_VERSION || baseline.findings() == null) {
            throw new IOException("not a claimcheck baseline of version " + FORMAT_VERSION);
        }
        return baseline;
    }

    public void write(Writer out) throws IOException {
        Documents.write(JSON, this, out);
    }

    boolean contains(String fingerprint) {
        return findings.stream().anyMatch(e -> e.fingerprint().equals(fingerprint));
    }
}
