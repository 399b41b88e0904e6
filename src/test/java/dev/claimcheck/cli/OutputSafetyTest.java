package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.WithSeedCopy;
import dev.claimcheck.io.StandardOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where verify and baseline write: nothing they point at is destroyed, and no output is lost silently. */
class OutputSafetyTest extends WithSeedCopy {
    private Cli verify(String... more) {
        return Cli.run(Stream.concat(Stream.of("verify", "--facts", seed.facts().toString()), Stream.of(more))
                .toArray(String[]::new));
    }

    /** Exit 2 with one line on standard error that holds every fragment. */
    private static void assertRefused(Cli cli, String... fragments) {
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals(1, cli.err().lines().count(), cli.toString());
        Cli.assertContainsAll(cli.err(), fragments);
    }

    private String file(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void aPipeIsWrittenToAndStaysAPipe() throws Exception {
        Path fifo = tmp.resolve("report.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli cli = verify("-o", fifo.toString());
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(read.get(30, TimeUnit.SECONDS).contains("24 consistent"));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
    }

    @Test
    void aLinkedReportIsWrittenThroughTheLink() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real.getFileName());
        assertEquals(0, verify("--format", "json=" + link).exitCode());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"claims\""));
    }

    @Test
    void aNewReportGetsTheUmasksPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        String umask = PosixFilePermissions.toString(
                Files.getPosixFilePermissions(Files.createFile(tmp.resolve("probe"))));
        Path report = tmp.resolve("report.txt");
        verify("-o", report.toString());
        assertEquals(umask, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        verify("-o", report.toString());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void nothingIsWrittenUnderTheFactsOrTheRules() throws IOException {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Path intoFacts = Files.createSymbolicLink(tmp.resolve("into-facts"), seed.facts().resolve("reference"));
        String before = FactsFixture.treeHash(seed.facts()) + FactsFixture.treeHash(rules);
        String offices = seed.facts().resolve("reference/offices.yaml").toString();
        String facts = seed.facts().toString();
        List<String[]> attempts = List.of(
                new String[] {"verify", "--facts", facts, "--format", "json", "-o", offices},
                new String[] {"verify", "--facts", facts, "--format", "sarif=" + facts + "/../facts/x.sarif"},
                new String[] {"verify", "--facts", facts, "-o", intoFacts.resolve("x.txt").toString()},
                new String[] {"baseline", "--facts", facts, "--rules", rules.toString(), "-o", rules + "/b.json"});
        for (String[] attempt : attempts) {
            assertRefused(Cli.run(attempt), "claimcheck: will not write ", "which claimcheck only reads");
        }
        assertEquals(before, FactsFixture.treeHash(seed.facts()) + FactsFixture.treeHash(rules));
    }

    @Test
    void twoFormatsToOneFileAreRefused() {
        String sameFile = tmp.resolve(".").resolve("r.out").toString();
        assertRefused(verify("--format", "json=" + file("r.out"), "--format", "sarif=" + sameFile), "name the same file");
        assertFalse(Files.exists(tmp.resolve("r.out")));
    }

    @Test
    void anOutputThatWouldBeIgnoredIsRefused() {
        assertRefused(verify("--format", "json", "--format", "sarif=" + file("s.out"), "-o", file("r.out")),
                "would be ignored with several --format");
        assertRefused(verify("--format", "json=" + file("j.out"), "-o", file("r.out")),
                "would be ignored: --format json=");
        assertFalse(Files.exists(tmp.resolve("r.out")));
    }

    @Test
    void aFailedStandardOutputExitsTwo() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = ClaimcheckCommand.run(new StandardOutput(full), new PrintWriter(err),
                "verify", "--facts", seed.facts().toString());
        assertEquals(2, code, err.toString());
        assertEquals("claimcheck: cannot write: standard output: No space left on device", err.toString().strip());
    }

    /** Starts the real entry point in its own JVM: verify on the seed copy, with more arguments. */
    private ProcessBuilder verifyInItsOwnJvm(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--facts", seed.facts().toString()));
        args.addAll(List.of(more));
        return OwnJvm.claimcheck(List.of(), args.toArray(String[]::new));
    }

    @Test
    void standardOutputOnAFullDeviceExitsTwo() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists");
        Process run = verifyInItsOwnJvm().redirectOutput(full).start();
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, run.waitFor(), err);
        assertEquals("claimcheck: cannot write: standard output: No space left on device", err.strip());
    }

    @Test
    void devStdoutIsWrittenToAndStaysALink() throws Exception {
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.isSymbolicLink(stdout), "/dev/stdout is a link");
        Process run = verifyInItsOwnJvm("-o", stdout.toString()).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), out);
        assertTrue(out.contains("24 consistent"), out);
        assertTrue(Files.isSymbolicLink(stdout));
    }
}
