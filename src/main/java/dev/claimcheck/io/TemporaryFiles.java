package dev.claimcheck.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a write makes beside its target, named {@code .NAME.claimcheck-PID.tmp} (with
 * {@code -N} after the pid when that name is taken), so that claimcheck knows its own. A run that is
 * killed while writing leaves one behind; the next write to the same directory removes it.
 */
final class TemporaryFiles {
    /** Older than this, a temporary file is a leftover even if its pid is alive again (a reused pid). */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final Pattern OURS = Pattern.compile("\\..+\\.claimcheck-(\\d{1,18})(?:-\\d+)?\\.tmp");
    private static final int MAX_TRIES = 100;

    private TemporaryFiles() {
    }

    /** Creates an empty temporary file for the named target, with the permissions a new file gets (umask). */
    static Path create(Path dir, String targetName) throws IOException {
        String base = "." + targetName + ".claimcheck-" + ProcessHandle.current().pid();
        for (int n = 1; ; n++) {
            try {
                return Files.createFile(dir.resolve(base + (n == 1 ? "" : "-" + n) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (n == MAX_TRIES) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes claimcheck's temporary files in the directory that no run is writing: those whose process
     * is gone, and those older than {@link #STALE_AFTER}. Other files, links and directories are kept,
     * and a file that cannot be removed is left for the next time.
     */
    static void removeStale(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.claimcheck-*.tmp")) {
            for (Path entry : entries) {
                Matcher ours = OURS.matcher(entry.getFileName().toString());
                if (ours.matches() && isStale(entry, Long.parseLong(ours.group(1)), staleBefore)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy: it never stops a write.
        }
    }

    private static boolean isStale(Path file, long pid, Instant staleBefore) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            return false;
        }
        boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !running || attributes.lastModifiedTime().toInstant().isBefore(staleBefore);
    }
}
