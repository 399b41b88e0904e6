package dev.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script, run as a subprocess: a copy of it beside a jar made of the compiled classes (so
 * that this runs in a fresh clone's {@code ./mvnw test}, before any jar is packaged), with the seed
 * article as its facts. Its class-data archive never reaches standard output or the exit code; it never
 * changes the mode of a directory it did not create, removes only archives it wrote, and with
 * {@code --no-cache} creates nothing.
 */
class LauncherTest {
    private static final String JAVA_HOME = System.getProperty("java.home");
    /** A line of -Xlog:class+load for a class the run took from the launcher's (top-layer) archive. */
    private static final String FROM_ARCHIVE = "source: shared objects file (top)";

    @TempDir
    static Path root;
    private static Path planted;
    private static Path noCacheHome;
    private static Path noCacheChosen;
    private static Run reference;
    private static Run referenceWithBreak;

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void layOut() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is installed");
        noCacheHome = root.resolve("no-cache-home");
        noCacheChosen = root.resolve("no-cache-chosen");
        Path launcher = root.resolve("claimcheck");
        Files.copy(Path.of("claimcheck"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        FactsFixture.seedCopy(root);
        FactsFixture.copy(BundledRules.RULES, root.resolve("rules"));
        planted = FactsFixture.seedCopy(root.resolve("planted")).plantAmountBreak().facts();
        jar(root.resolve("target").resolve("claimcheck.jar"));
        // Sources older than the jar: the launcher does not build.
        Files.writeString(root.resolve("pom.xml"), "");
        Files.createDirectories(root.resolve("src").resolve("main"));
        for (Path old : List.of(root.resolve("pom.xml"), root.resolve("src").resolve("main"))) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        }
        // The runs every other is compared with, with --no-cache: they create nothing (see withNoCacheNothingIsCreated).
        Files.createDirectory(noCacheHome);
        reference = launch(Map.of("HOME", noCacheHome.toString()), List.of(), "verify", "--no-cache");
        referenceWithBreak = launch(Map.of("HOME", noCacheHome.toString(), "CLAIMCHECK_CACHE", noCacheChosen.toString()),
                List.of(), "verify", "--facts", planted.toString(), "--no-cache");
        assertEquals(0, reference.exitCode(), reference.toString());
        assertEquals(1, referenceWithBreak.exitCode(), referenceWithBreak.toString());
        assertEquals("", reference.err() + referenceWithBreak.err());
    }

    /** The runnable jar: the compiled classes, and the dependencies (linked into lib/) on its Class-Path. */
    private static void jar(Path jar) throws IOException {
        Path lib = jar.resolveSibling("lib");
        Files.createDirectories(lib);
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                String name = classPath.size() + "-" + Path.of(entry).getFileName();
                Files.createSymbolicLink(lib.resolve(name), Path.of(entry).toAbsolutePath());
                classPath.add("lib/" + name);
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.claimcheck.cli.ClaimcheckCommand");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** Runs the launcher in its directory, with a clean environment plus {@code env}, behind a wrapper command. */
    private static Run launch(Map<String, String> env, List<String> wrapper, String... args) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.add("bash");
        command.add(root.resolve("claimcheck").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CLAIMCHECK_") || name.equals("XDG_CACHE_HOME")
                || name.endsWith("JAVA_OPTIONS") || name.equals("JAVA_TOOL_OPTIONS"));
        environment.put("JAVA_HOME", JAVA_HOME);
        environment.put("CLAIMCHECK_JAVA", Path.of(JAVA_HOME, "bin", "java").toString());
        environment.putAll(env);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + command);
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private Run launch(Path cache, String... args) throws Exception {
        return launch(Map.of("HOME", tmp.toString(), "CLAIMCHECK_CACHE", cache.toString()), List.of(), args);
    }

    private static void assertSame(Run expected, Run actual) {
        assertEquals(expected.exitCode(), actual.exitCode(), actual.toString());
        assertEquals(expected.out(), actual.out(), "standard output is claimcheck's alone");
        assertEquals("", actual.err());
    }

    private static List<String> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("claimcheck-")).sorted().toList();
        }
    }

    private static Path archive(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".jsa")).toList();
            assertEquals(1, found.size(), "one archive: " + found);
            return found.get(0);
        }
    }

    @Test
    void theArchiveIsMadeAsideThenUsedAndNeitherItNorDamageToItReachesTheOutputOrTheExitCode() throws Exception {
        Path cache = tmp.resolve("cache");
        String[] verify = {"verify", "--facts", planted.toString()};
        assertSame(referenceWithBreak, launch(cache, verify));
        assertEquals(List.of(), archives(cache), "rules are compiled on the first run; no archive yet");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));

        assertSame(referenceWithBreak, launch(cache, verify));
        Path archive = archive(cache);
        assertTrue(Files.exists(Path.of(archive + ".ok")), "the launcher recorded the archive it made");

        Path used = tmp.resolve("classes-used.log");
        Map<String, String> logging = Map.of("HOME", tmp.toString(), "CLAIMCHECK_CACHE", cache.toString(),
                "CLAIMCHECK_JAVA_OPTS", "-Xlog:class+load=info:file=" + used);
        assertSame(referenceWithBreak, launch(logging, List.of(), verify));
        assertTrue(Files.readString(used).contains(FROM_ARCHIVE), "the run used the archive");

        // Damage in the middle of the archive, its time set back: the JVM would crash on it.
        FileTime time = Files.getLastModifiedTime(archive);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] bytes = Files.readAllBytes(archive);
        for (int i = 256; i < 4096; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(archive, bytes);
        Files.setLastModifiedTime(archive, time);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--r--r--"));
        assertSame(referenceWithBreak, launch(cache, verify));
        // Had the JVM been given it, the run would have crashed, or gone on without it and left it there.
        assertFalse(Arrays.equals(bytes, Files.readAllBytes(archive(cache))), "the launcher dropped it and made a sound one");
    }

    @Test
    void aReadOnlyCacheDirectoryChangesNothing() throws Exception {
        Path cache = tmp.resolve("cache");
        assertSame(reference, launch(cache, "verify"));
        List<String> before;
        try (Stream<Path> files = Files.list(cache)) {
            before = files.map(Path::toString).sorted().toList();
        }
        List<String> wrapper = readOnly(cache);
        // Rules compiled by this build are in the cache: the launcher would make its archive, if it could.
        Run run = launch(Map.of("HOME", tmp.toString(), "CLAIMCHECK_CACHE", cache.toString()), wrapper, "verify");
        assertSame(reference, run);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(before, files.map(Path::toString).sorted().toList());
        }
    }

    /** Makes the directory read-only for the launcher: by its mode, or for root by a read-only bind mount. */
    private static List<String> readOnly(Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(dir)) {
            return List.of();
        }
        List<String> mount = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                "mount --bind -r \"$0\" \"$0\" && exec \"$@\"", dir.toString());
        List<String> probe = new ArrayList<>(mount);
        probe.addAll(List.of("sh", "-c", "! touch \"$0\"/probe 2>/dev/null", dir.toString()));
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assumeTrue(process.waitFor() == 0, "running as root, and a read-only bind mount is possible");
        return mount;
    }

    @Test
    void aChosenDirectoryKeepsItsModeAndOnlyArchivesTheLauncherRecordedForThisJarGo() throws Exception {
        Path shared = tmp.resolve("shared");
        Files.createDirectory(shared);
        assertEquals(0, new ProcessBuilder("chmod", "1777", shared.toString()).start().waitFor());
        String jar = root.resolve("target").resolve("claimcheck.jar").toString();
        Map<String, String> records = new HashMap<>();
        records.put("claimcheck-1-2-java17.jsa", null);                  // of this naming, recorded nowhere
        records.put("claimcheck-3-4-java17.jsa", jar);                   // an earlier build of this jar
        records.put("claimcheck-5-6-java17.jsa", root.resolve("pom.xml").toString());  // another jar, still there
        records.put("claimcheck-7-8-java17.jsa", root.resolve("gone.jar").toString()); // a jar that is gone
        for (Map.Entry<String, String> archive : records.entrySet()) {
            Files.writeString(shared.resolve(archive.getKey()), "not really an archive");
            if (archive.getValue() != null) {
                Files.writeString(shared.resolve(archive.getKey() + ".ok"), "fingerprint\n" + archive.getValue() + "\n");
            }
        }
        Files.writeString(shared.resolve("notes.txt"), "the user's");

        assertSame(reference, launch(shared, "verify"));
        assertSame(reference, launch(shared, "verify"));

        assertEquals(01777, (Integer) Files.getAttribute(shared, "unix:mode") & 07777, "the mode is the user's choice");
        String made = "claimcheck-" + Files.size(Path.of(jar)) + "-"
                + Files.getLastModifiedTime(Path.of(jar)).toInstant().getEpochSecond() + "-java" + Runtime.version().feature() + ".jsa";
        List<String> expected = Stream.of("claimcheck-1-2-java17.jsa", "claimcheck-5-6-java17.jsa",
                "claimcheck-5-6-java17.jsa.ok", made, made + ".ok").sorted().toList();
        assertEquals(expected, archives(shared));
        assertTrue(Files.exists(shared.resolve("notes.txt")));
    }

    @Test
    void theDefaultDirectoryIsTheSameForTheLauncherAndClaimcheckAndItsOldArchivesGo() throws Exception {
        Path home = tmp.resolve("home");
        Path cache = home.resolve(".cache").resolve("claimcheck");
        Files.createDirectories(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(cache.resolve("claimcheck-11-22-java17.jsa"), "an earlier launcher's archive");
        Files.writeString(cache.resolve("claimcheck-33-44-java17.jsa.failed"), "");
        Files.writeString(cache.resolve("claimcheck-notes.txt"), "not of the archives' naming");
        Map<String, String> env = Map.of("HOME", home.toString());
        assertSame(reference, launch(env, List.of(), "verify"));
        assertSame(reference, launch(env, List.of(), "verify"));
        List<String> left = archives(cache);
        assertEquals(3, left.size(), left.toString());
        assertTrue(left.contains("claimcheck-notes.txt"), left.toString());
        assertTrue(left.stream().anyMatch(n -> n.endsWith(".jsa.ok")), "the archive was made: " + left);
    }

    @Test
    void withNoCacheNothingIsCreated() throws Exception {
        // The reference runs had --no-cache: one with the default cache directory, one with a chosen one.
        try (Stream<Path> files = Files.list(noCacheHome)) {
            assertEquals(List.of(), files.toList(), "no ~/.cache/claimcheck");
        }
        assertFalse(Files.exists(noCacheChosen), "no $CLAIMCHECK_CACHE");
    }

    @Test
    void aFailedArchiveIsNotRetriedOnEveryRunButIsADayLater() throws Exception {
        Path cache = tmp.resolve("cache");
        assertSame(reference, launch(cache, "verify"));
        // Sharing off: the archive cannot be made; the run itself is unaffected.
        assertSame(reference, launch(Map.of("HOME", tmp.toString(), "CLAIMCHECK_CACHE", cache.toString(),
                "CLAIMCHECK_JAVA_OPTS", "-Xshare:off"), List.of(), "verify"));
        List<String> failed = archives(cache);
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).endsWith(".jsa.failed"), failed.toString());

        assertSame(reference, launch(cache, "verify"));
        assertEquals(failed, archives(cache), "not tried again at once");

        Path marker = cache.resolve(failed.get(0));
        Files.setLastModifiedTime(marker, FileTime.from(Instant.now().minusSeconds(2 * 24 * 3600)));
        assertSame(reference, launch(cache, "verify"));
        String archive = failed.get(0).replace(".failed", "");
        assertEquals(List.of(archive, archive + ".ok"), archives(cache), "tried again a day later, and made");
    }

    @Test
    void aCorpusOfTheLargeSizeOrMoreGetsTheOptimisingCompilerAndAParallelCollectorASmallerOneTheQuickOnesAlone()
            throws Exception {
        Matcher size = Pattern.compile("(?m)^large_corpus_articles=(\\d+)$").matcher(Files.readString(Path.of("claimcheck")));
        assertTrue(size.find(), "the launcher names the size of a large corpus");
        int large = Integer.parseInt(size.group(1));
        Path articles = Files.createDirectories(tmp.resolve("big").resolve("articles"));
        for (int i = 1; i < large; i++) {
            Files.createDirectory(articles.resolve("a" + i));
        }
        String facts = articles.getParent().toString();
        String shortRun = "compiler tiers up to 1, UseSerialGC";
        String largeRun = "compiler tiers up to 4, UseParallelGC";
        assertEquals(shortRun, jvm("verify", "--facts", facts), "one article short of large");
        assertEquals(shortRun, jvm("verify"), "the seed");
        Files.createDirectory(articles.resolve("a" + large));
        assertEquals(largeRun, jvm("verify", "--facts", facts));
        assertEquals(largeRun, jvm("verify", "--facts=" + facts));
        assertEquals(largeRun, jvm("bench", "parse", facts));
        // The user's options come last and win.
        assertEquals("compiler tiers up to 1, UseParallelGC",
                jvm(Map.of("CLAIMCHECK_JAVA_OPTS", "-XX:TieredStopAtLevel=1"), "verify", "--facts", facts));
    }

    /** The highest compiler tier (1: the quick compiler alone) and the collector of the JVM the launcher starts. */
    private String jvm(String... args) throws Exception {
        return jvm(Map.of(), args);
    }

    private String jvm(Map<String, String> env, String... args) throws Exception {
        List<String> withFlags = new ArrayList<>(List.of(args));
        withFlags.add("--no-cache");
        Map<String, String> environment = new HashMap<>(Map.of("HOME", tmp.toString()));
        // The JVM prints its flags, then its version, and stops before claimcheck runs.
        environment.put("CLAIMCHECK_JAVA_OPTS", (env.getOrDefault("CLAIMCHECK_JAVA_OPTS", "")
                + " -XX:+PrintFlagsFinal -version").trim());
        Run run = launch(environment, List.of(), withFlags.toArray(String[]::new));
        Matcher level = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d)").matcher(run.err());
        assertTrue(level.find(), run.toString());
        Matcher collector = Pattern.compile("bool (UseSerialGC|UseParallelGC|UseG1GC|UseZGC|UseShenandoahGC|UseEpsilonGC)\\s+=\\s+true").matcher(run.err());
        assertTrue(collector.find(), run.toString());
        return "compiler tiers up to " + level.group(1) + ", " + collector.group(1);
    }
}
