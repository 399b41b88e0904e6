package dev.claimcheck.problem;

import java.nio.file.Path;

/** Names files as users type them: relative to the working directory when inside it. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
