package dev.claimcheck.load;

import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a long-running claimcheck ({@code verify --watch}) keeps of the facts files it read: what each
 * file gave, under the SHA-256 of the bytes it was read from, so that a re-check parses again only the
 * files whose content changed. A reading is reused only while every byte it came from is the same, so
 * the loader's result is the one a fresh run gets. Nothing after loading changes facts (the engine
 * inserts them, the judge and the reports read them), so one reading can serve many runs.
 */
public final class ParsedFiles {
    private record Entry(byte[] digest, Object value) {
    }

    private static final ParsedFiles NONE = new ParsedFiles(false);

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final boolean keeping;

    private ParsedFiles(boolean keeping) {
        this.keeping = keeping;
    }

    /** An empty memory, to be given to every load of a long-running claimcheck. */
    public static ParsedFiles kept() {
        return new ParsedFiles(true);
    }

    /** No memory: every load reads every file (a single run). */
    public static ParsedFiles none() {
        return NONE;
    }

    /**
     * What {@code reading} gives for the files, the first of which names the entry: from memory when their
     * bytes are those it was read from. A file that the input rules refuse is never kept: the reading
     * reports it every time.
     */
    @SuppressWarnings("unchecked")
    <T> T read(InputFiles files, List<Path> sources, Supplier<T> reading) {
        if (!keeping) {
            return reading.get();
        }
        Path key = keyOf(sources.get(0));
        byte[] digest = digest(files, sources);
        Entry kept = entries.get(key);
        if (digest != null && kept != null && Arrays.equals(kept.digest(), digest)) {
            return (T) kept.value();
        }
        // Read after the digest: a file saved meanwhile is newer than its digest, so it is read again next time.
        T value = reading.get();
        if (digest == null) {
            entries.remove(key);
        } else {
            entries.put(key, new Entry(digest, value));
        }
        return value;
    }

    /** Forgets the files not among these (deleted, or no longer read). */
    void keepOnly(Collection<Path> read) {
        if (!keeping) {
            return;
        }
        Set<Path> keys = read.stream().map(ParsedFiles::keyOf).collect(Collectors.toSet());
        entries.keySet().retainAll(keys);
    }

    private static Path keyOf(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** The SHA-256 of the files' bytes (a missing file counts as such), or null if one cannot be read safely. */
    private static byte[] digest(InputFiles files, List<Path> sources) {
        MessageDigest sha = sha256();
        for (Path file : sources) {
            if (!Files.exists(file)) {
                sha.update((byte) 0);
                continue;
            }
            try {
                files.check(file);
                byte[] bytes = Files.readAllBytes(file);
                sha.update((byte) 1);
                sha.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sha.update(bytes);
            } catch (InputException | IOException e) {
                return null;
            }
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
