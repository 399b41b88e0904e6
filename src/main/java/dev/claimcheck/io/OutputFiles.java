package dev.claimcheck.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes the files a run makes (reports, baselines) without destroying what they point at.
 *
 * <ul>
 *   <li>A symbolic link is followed, as the shell's {@code >} does: the file it leads to is written
 *       (atomically, as below), and the link stays a link. A link to a missing file makes that file.</li>
 *   <li>A regular file is written whole or not at all: into a temporary file beside it, then renamed over
 *       it. A new file gets the permissions the umask gives; a replaced one keeps its own.</li>
 *   <li>Anything else (a device such as /dev/null, a pipe, /dev/stdout) is written to directly: never
 *       replaced by a regular file.</li>
 * </ul>
 *
 * The temporary files are named so that a later write can recognise them; see {@link TemporaryFiles}.
 */
public final class OutputFiles {
    private static final int MAX_LINKS = 40;

    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes the file, telling a failure as "FILE: why". */
    public static void write(Path file, Content content) throws IOException {
        try {
            Path target = realPath(file);
            BasicFileAttributes existing = attributes(target);
            if (existing != null && existing.isDirectory()) {
                throw new FileSystemException(file.toString(), null, "is a directory");
            } else if (isDescriptor(target) || existing != null && !existing.isRegularFile()) {
                writeDirectly(target, content);
            } else {
                writeAtomically(target, existing, content);
            }
        } catch (IOException e) {
            throw new IOException(file + ": " + reason(e), e);
        }
    }

    /**
     * Where writing the file would write: its absolute path with every link followed, the last one too
     * (even to a missing file), and every existing directory on the way as its real path. A link into
     * /proc (as /dev/stdout is) is kept as the /proc path: it stands for an open file, not a name.
     */
    public static Path realPath(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        for (int links = 0; links <= MAX_LINKS; links++) {
            if (path.getParent() == null) {
                return path;
            }
            Path parent = realDirectory(path.getParent());
            path = parent.resolve(path.getFileName());
            if (!Files.isSymbolicLink(path) || isDescriptor(path)) {
                boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                return exists ? path.toRealPath(LinkOption.NOFOLLOW_LINKS) : path;
            }
            path = parent.resolve(Files.readSymbolicLink(path));
        }
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
    }

    /** The real path of a directory; for a missing one, that of its nearest existing ancestor and the rest. */
    private static Path realDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            return dir.toRealPath();
        }
        Path parent = dir.getParent();
        return parent == null ? dir : realDirectory(parent).resolve(dir.getFileName()).normalize();
    }

    private static boolean isDescriptor(Path path) {
        return path.startsWith("/proc");
    }

    private static BasicFileAttributes attributes(Path target) throws IOException {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void writeDirectly(Path target, Content content) throws IOException {
        // No CREATE and no TRUNCATE: the file exists, and for /dev/stdout on a file opened with >> the
        // shell's append must hold.
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                StandardCharsets.UTF_8))) {
            content.writeTo(out);
        }
    }

    private static void writeAtomically(Path target, BasicFileAttributes existing, Content content)
            throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        TemporaryFiles.removeStale(dir);
        Path temporary = TemporaryFiles.create(dir, target.getFileName().toString());
        boolean renamed = false;
        try {
            if (existing != null) {
                keepPermissions(target, temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            renamed = true;
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Gives the new version of a file the permissions of the one it replaces (where the file system has them). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    /** Why a write failed, in a few words, without the path (the caller names it). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            return "not a directory";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
