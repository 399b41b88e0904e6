package dev.claimcheck.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The directories a run reads and never writes: its facts and its rules. A file is under one when its
 * real path is (see {@link OutputFiles#realPath(Path)}), so neither {@code facts/../facts/x} nor a link
 * into facts/ gets past.
 */
public final class ReadOnlyDirectories {
    private final Map<String, Path> dirs;

    private ReadOnlyDirectories(Map<String, Path> dirs) {
        this.dirs = dirs;
    }

    public static ReadOnlyDirectories of(Path facts, Path rules) {
        Map<String, Path> dirs = new LinkedHashMap<>();
        dirs.put("facts", facts);
        dirs.put("rules", rules);
        return new ReadOnlyDirectories(dirs);
    }

    /** Why the file must not be written, as one sentence naming it, or empty when it may be. */
    public Optional<String> refusal(Path file) throws IOException {
        Path target = OutputFiles.realPath(file);
        for (Map.Entry<String, Path> dir : dirs.entrySet()) {
            if (target.startsWith(OutputFiles.realPath(dir.getValue()))) {
                return Optional.of("will not write " + file + ": it is under the " + dir.getKey() + " directory ("
                        + dir.getValue() + "), which claimcheck only reads");
            }
        }
        return Optional.empty();
    }
}
