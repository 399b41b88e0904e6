package dev.claimcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(tmp.resolve("r.json"), "old");
        IOException e = assertThrows(IOException.class, () -> OutputFiles.write(report, out -> {
            out.write("half");
            throw new IOException("disk gone");
        }));
        assertEquals(report + ": disk gone", e.getMessage());
        assertEquals("old", Files.readString(report));
        assertEquals(List.of("r.json"), names());
    }

    /** Leftovers of killed runs go on the next write; files claimcheck did not make stay. */
    @Test
    void staleTemporaryFilesAreRemovedAndOthersKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long me = ProcessHandle.current().pid();
        Path deadRun = Files.createFile(tmp.resolve(".r.json.claimcheck-" + gone.pid() + ".tmp"));
        Path oldRun = Files.createFile(tmp.resolve(".old.json.claimcheck-" + me + "-2.tmp"));
        Instant longAgo = Instant.now().minus(TemporaryFiles.STALE_AFTER).minusSeconds(60);
        Files.setLastModifiedTime(oldRun, FileTime.from(longAgo));
        Files.createFile(tmp.resolve(".r.json.claimcheck-" + me + "-3.tmp"));
        Files.createFile(tmp.resolve(".r.json.editor.tmp"));
        Files.createFile(tmp.resolve("notes.claimcheck-1.tmp"));
        OutputFiles.write(tmp.resolve("r.json"), out -> out.write("{}"));
        assertFalse(Files.exists(deadRun));
        assertFalse(Files.exists(oldRun));
        assertEquals(List.of(".r.json.claimcheck-" + me + "-3.tmp", ".r.json.editor.tmp", "notes.claimcheck-1.tmp",
                "r.json"), names());
    }

    @Test
    void aLinkToAMissingFileMakesThatFile() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), Path.of("runs", "1.json"));
        OutputFiles.write(link, out -> out.write("{}"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{}", Files.readString(tmp.resolve("runs/1.json")));
    }
}
