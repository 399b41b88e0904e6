package dev.claimcheck.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Waits for files to change under some directories and the directories made in them later. The burst of
 * events one save makes (an editor writes, renames, sets attributes) is taken as one change: it ends when
 * no event came for a quiet period. Hidden files (an editor's swap and lock files) are not changes: the
 * facts loader does not read them either. On Linux the JDK's watch service is inotify, so events come
 * at once; elsewhere it may poll.
 */
final class DirectoryWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> directories = new ConcurrentHashMap<>();
    private final Duration quiet;

    DirectoryWatcher(List<Path> roots, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path root : roots) {
            registerTree(root);
        }
    }

    /**
     * Blocks until something changes, then until nothing more changes for the quiet period; returns what
     * changed (a directory, when events were lost). Empty once the watcher is closed.
     */
    Set<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (changed.isEmpty()) {
                WatchKey key = service.take();
                while (key != null) {
                    collect(key, changed);
                    key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (isHidden(path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path);
            }
            changed.add(path);
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // Gone again already, or unreadable: the re-check reports what it cannot read.
        }
    }

    /** Watches a directory and every directory below it that is not hidden. */
    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && isHidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                directories.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
