package dev.claimcheck.load;

import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where input may come from, and how much: regular files inside the directory being read (a symbolic
 * link that leads outside it, a device, a FIFO or a /proc file is refused without being read, so no
 * message can show what it holds), of at most a given size each.
 */
public final class InputFiles {
    /** The default limit of one input file: far above any real article or claims file. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final long maxBytes;

    /**
     * @param root the directory files must stay inside once links are resolved
     * @param maxBytes the largest file read
     */
    public InputFiles(Path root, long maxBytes) throws InputException {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw TextFiles.single(SourceLocation.of(DisplayPaths.of(root)), "cannot read the directory: " + e.getMessage());
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a text file after checking where it really is, what it is and how large it is. */
    String read(Path file) throws InputException {
        check(file);
        return TextFiles.read(file);
    }

    /** Refuses a file outside the root, a file that is not a regular file, or one over the size limit. */
    public void check(Path file) throws InputException {
        SourceLocation at = SourceLocation.of(DisplayPaths.of(file));
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw TextFiles.single(at, "cannot read the file: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            boolean linked = file.toAbsolutePath().normalize().startsWith(root);
            throw TextFiles.single(at, (linked ? "a symbolic link to a file outside " : "a file outside ")
                    + DisplayPaths.of(root) + ": not read; inputs must stay inside the directory they are read from");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw TextFiles.single(at, "not a regular file (a device, a pipe or a special file): not read");
        }
        long size;
        try {
            size = Files.size(real);
        } catch (IOException e) {
            throw TextFiles.single(at, "cannot read the file: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw TextFiles.single(at, "the file has " + size + " bytes, over the limit of " + maxBytes
                    + " bytes for one input file; raise it with --max-file-size if the file is right");
        }
    }
}
