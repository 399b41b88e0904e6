package dev.claimcheck.engine;

import dev.claimcheck.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * A cache of compiled rules, so that a run whose rules did not change skips DRL compilation, and a
 * run after an edit compiles only the edited package. An entry holds one package: Drools' compiled
 * package and the bytecode the compiler generated for it, keyed on the content of the package's DRL
 * files, claimcheck's build, the Drools version and the Java version; it carries a checksum. Any
 * failure to read an entry means compiling again. These are Drools internals, pinned with the Drools
 * version; the results are the same with or without the cache (a test checks it).
 */
final class RuleCache {
    private static final byte[] MAGIC = "claimcheck-rules-1".getBytes(StandardCharsets.US_ASCII);
    /** Entries kept, the most recently used first: a package each, so room for many edits of many files. */
    private static final int KEEP = 256;

    private final Path dir;

    RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The default place: $CLAIMCHECK_CACHE, else $XDG_CACHE_HOME/claimcheck, else ~/.cache/claimcheck. */
    static Path defaultDir() {
        String explicit = System.getenv("CLAIMCHECK_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("claimcheck");
    }

    String key(List<DrlSource> sources) {
        MessageDigest sha = sha256();
        update(sha, "claimcheck " + Version.get() + " " + buildIdentity());
        update(sha, "drools " + KieServices.class.getPackage().getImplementationVersion());
        update(sha, "java " + Runtime.version().feature());
        for (DrlSource source : sources) {
            update(sha, source.name());
            update(sha, source.text());
        }
        return hex(sha.digest()).substring(0, 40);
    }

    /** The compiled packages cached for the key, if a sound entry exists. */
    Optional<byte[]> read(String key) {
        Path entry = dir.resolve("rules-" + key + ".bin");
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            byte[] payload = verified(Files.readAllBytes(entry));
            if (payload != null) {
                // Pruning keeps the most recently used entries.
                Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            }
            return Optional.ofNullable(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores the payload under the key; a failure only means no cache next time. */
    void write(String key, byte[] payload) {
        try {
            byte[] checksum = sha256().digest(payload);
            Files.createDirectories(dir);
            restrictToOwner(dir);
            Path temporary = Files.createTempFile(dir, "rules-", ".tmp");
            try {
                ByteArrayOutputStream whole = new ByteArrayOutputStream(payload.length + 64);
                whole.write(MAGIC);
                whole.write(checksum);
                whole.write(payload);
                Files.write(temporary, whole.toByteArray());
                move(temporary, dir.resolve("rules-" + key + ".bin"));
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: compiling next time is always correct.
        }
    }

    /** The payload: the generated classes (plain serialization), then Drools' packages, each length-prefixed. */
    static byte[] save(KnowledgeBuilder builder) throws IOException {
        ByteArrayOutputStream classes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(classes)) {
            out.writeObject(new HashMap<>(classStore(builder)));
        }
        ByteArrayOutputStream packages = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(packages)) {
            out.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(classes.size());
            classes.writeTo(out);
            packages.writeTo(out);
        }
        return payload.toByteArray();
    }

    /**
     * One knowledge base from the payloads of several packages: their generated classes go into one
     * class loader, then their packages are read with it and added together.
     */
    @SuppressWarnings("unchecked")
    static KieBase load(List<byte[]> payloads) throws IOException, ClassNotFoundException {
        Map<String, byte[]> classes = new HashMap<>();
        List<DataInputStream> packageStreams = new ArrayList<>();
        for (byte[] payload : payloads) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            byte[] classBytes = new byte[in.readInt()];
            in.readFully(classBytes);
            try (ObjectInputStream classesIn = new ObjectInputStream(new ByteArrayInputStream(classBytes))) {
                classes.putAll((Map<String, byte[]>) classesIn.readObject());
            }
            packageStreams.add(in);
        }
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleCache.class.getClassLoader(), classes);
        List<KiePackage> packages = new ArrayList<>();
        for (DataInputStream in : packageStreams) {
            try (DroolsObjectInputStream packagesIn = new DroolsObjectInputStream(in, loader)) {
                packages.addAll((Collection<KiePackage>) packagesIn.readObject());
            }
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static Map<String, byte[]> classStore(KnowledgeBuilder builder) {
        if (builder instanceof KnowledgeBuilderImpl impl && impl.getRootClassLoader() instanceof ProjectClassLoader loader
                && loader.getStore() != null) {
            return loader.getStore();
        }
        return Map.of();
    }

    private static byte[] verified(byte[] bytes) {
        int headerEnd = MAGIC.length + 32;
        if (bytes.length < headerEnd || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            return null;
        }
        byte[] payload = Arrays.copyOfRange(bytes, headerEnd, bytes.length);
        byte[] expected = Arrays.copyOfRange(bytes, MAGIC.length, headerEnd);
        return MessageDigest.isEqual(expected, sha256().digest(payload)) ? payload : null;
    }

    private void prune() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> old = entries.filter(p -> p.getFileName().toString().startsWith("rules-")
                            && p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed())
                    .skip(KEEP)
                    .toList();
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictToOwner(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    /**
     * What identifies this build of claimcheck: the jar's size and time, or for a classes directory its
     * newest class file. Stale bytecode against changed fact classes would fail only when the rules run.
     */
    private static String buildIdentity() {
        try {
            Path code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> files = Files.walk(code)) {
                return code + " " + files.filter(Files::isRegularFile).mapToLong(RuleCache::modified).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString();
    }
}
