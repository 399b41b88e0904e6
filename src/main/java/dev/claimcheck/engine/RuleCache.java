package dev.claimcheck.engine;

import dev.claimcheck.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * A cache of compiled rules, so that a run whose rules did not change skips DRL compilation, and a
 * run after an edit compiles only the edited package. An entry holds one package: Drools' compiled
 * package and the bytecode the compiler generated for it, filed under a key made of the content of the
 * package's DRL files, claimcheck's build, the Drools version and the Java version.
 *
 * <p>An entry is used only when all of these hold, else the rules are compiled again: it belongs to the
 * user and no one else can write it; its checksum matches; it records the build it came from and the
 * name and SHA-256 of each DRL file it was compiled from, and they are this build and the files on disk;
 * every object in it is of a class that compiled rules hold and the objects stay within bounds (an
 * {@link ObjectInputFilter} on every stream that reads it, Drools' own nested streams too); it holds
 * exactly the rules of its files. An entry that fails is deleted. These are Drools internals, pinned with
 * the Drools version; the results are the same with or without the cache (a test checks it).
 */
final class RuleCache {
    private static final byte[] MAGIC = "claimcheck-rules-2".getBytes(StandardCharsets.US_ASCII);
    /** Entries kept, the most recently used first: a package each, so room for many edits of many files. */
    static final int KEEP = 256;
    /** The bundled packages take 17 to 130 KB each; a larger entry is not read. */
    static final int MAX_ENTRY_BYTES = 16 << 20;
    /** Objects nest at most 22 deep in the bundled packages; a deeper entry is not read (nor written). */
    static final int MAX_DEPTH = 32;
    /** What this build's entries are made by: claimcheck's version and build, Drools', Java's. */
    static final String IDENTITY = identity();
    private static final Pattern QUERY = Pattern.compile(
            "^\\s*query\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([\\w$]+))", Pattern.MULTILINE);

    private final Path dir;
    private final Map<List<DrlSource>, String> keys = new IdentityHashMap<>();
    private final Map<DrlSource, byte[]> digests = new IdentityHashMap<>();

    RuleCache(Path dir) {
        this.dir = dir;
    }

    /** Why an entry was not used. A damaged one has been deleted; one that other users can change is left. */
    static final class Unusable extends Exception {
        private final String entry;
        private final boolean damaged;

        Unusable(String entry, String why, boolean damaged) {
            super(why, null, false, false);
            this.entry = entry;
            this.damaged = damaged;
        }

        /** The entry's file name, rules-….bin. */
        String entry() {
            return entry;
        }

        boolean damaged() {
            return damaged;
        }
    }

    /**
     * A package's payload. If it came from the cache, {@code files} are what it must hold exactly; if it
     * was compiled in this run, they are null, and {@code cacheable} says whether its rules are those
     * its files define, so that the cache would accept it.
     */
    record Part(byte[] payload, List<DrlSource> files, boolean cacheable) {
        Part(byte[] payload, List<DrlSource> files) {
            this(payload, files, false);
        }
    }

    /** The rule set, and which freshly compiled parts read back within the entry filter: only those are cached. */
    record Loaded(KieBase kieBase, Set<Integer> storable) {
    }

    /** A part read from the cache that cannot be used; {@code index} is its place in the list given to load. */
    static final class UnusablePart extends Exception {
        private final int index;

        UnusablePart(int index, String why) {
            super(why, null, false, false);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    /**
     * The default place: $CLAIMCHECK_CACHE, else $XDG_CACHE_HOME/claimcheck, else $HOME/.cache/claimcheck
     * (the home directory of the account if HOME is not set), the directory the launcher looks in.
     */
    static Path defaultDir() {
        String explicit = System.getenv("CLAIMCHECK_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getenv("HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache");
        return base.resolve("claimcheck");
    }

    /** The key of a package's files: this build, and each file's name and the SHA-256 of its text. */
    synchronized String key(List<DrlSource> files) {
        return keys.computeIfAbsent(files, f -> {
            MessageDigest sha = sha256();
            update(sha, IDENTITY);
            for (DrlSource file : f) {
                update(sha, file.name());
                sha.update(digest(file));
            }
            return hex(sha.digest()).substring(0, 40);
        });
    }

    /** The SHA-256 of a file's text, computed once. */
    private synchronized byte[] digest(DrlSource file) {
        return digests.computeIfAbsent(file, RuleCache::digestOf);
    }

    /** The file of the entry for a package's files. */
    Path entryOf(List<DrlSource> files) {
        return dir.resolve("rules-" + key(files) + ".bin");
    }

    /**
     * The payload cached for a package's files, if there is an entry; one that cannot be used is deleted
     * (unless it is another user's) and reported as {@link Unusable}. Nothing of it is deserialized here.
     */
    Optional<byte[]> read(List<DrlSource> files) throws Unusable {
        Path entry = entryOf(files);
        if (!EntryFilter.INSTALLED || !Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String name = entry.getFileName().toString();
        String foreign = foreign(entry);
        if (foreign != null) {
            throw new Unusable(name, foreign, false);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(entry, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
        } catch (IOException e) {
            return Optional.empty();   // gone meanwhile (pruned by a parallel run, say): compile
        }
        byte[] payload;
        try {
            payload = payloadOf(name, bytes, files, this::digest);
        } catch (Unusable e) {
            discard(files);
            throw e;
        }
        try {
            // Pruning keeps the most recently used entries.
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // A read-only cache: it is still used.
        }
        return Optional.of(payload);
    }

    /** The payload of an entry's bytes, checked against the files on disk. */
    private static byte[] payloadOf(String name, byte[] bytes, List<DrlSource> files, Function<DrlSource, byte[]> digests)
            throws Unusable {
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new Unusable(name, "it is larger than " + (MAX_ENTRY_BYTES >> 20) + " MiB", true);
        }
        int headerEnd = MAGIC.length + 32;
        if (bytes.length < headerEnd || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new Unusable(name, "it is not a claimcheck cache entry of this version", true);
        }
        byte[] body = Arrays.copyOfRange(bytes, headerEnd, bytes.length);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, MAGIC.length, headerEnd), sha256().digest(body))) {
            throw new Unusable(name, "its checksum does not match its content (a damaged or partly written file)", true);
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            String identity = in.readUTF();
            int count = in.readInt();
            Map<String, byte[]> recorded = new HashMap<>();
            for (int i = 0; i < count && i <= files.size(); i++) {
                String file = in.readUTF();
                byte[] digest = new byte[32];
                in.readFully(digest);
                recorded.put(file, digest);
            }
            if (!identity.equals(IDENTITY)) {
                throw new Unusable(name, "it was made by another build of claimcheck, Drools or Java", true);
            }
            List<String> differ = new ArrayList<>();
            for (DrlSource file : files) {
                byte[] digest = recorded.remove(file.name());
                if (digest == null || !MessageDigest.isEqual(digest, digests.apply(file))) {
                    differ.add(file.name());
                }
            }
            if (!differ.isEmpty()) {
                throw new Unusable(name, "it was not compiled from the rules on disk (" + String.join(", ", differ)
                        + (differ.size() == 1 ? " differs" : " differ") + ")", true);
            }
            if (count != files.size() || !recorded.isEmpty()) {
                throw new Unusable(name, "it was compiled from other files than " + names(files), true);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new Unusable(name, "its record of the rules it was compiled from cannot be read", true);
        }
    }

    /** Stores the payload of a package's files; a failure only means no cache next time. */
    void write(List<DrlSource> files, byte[] payload) {
        try {
            byte[] bytes = entryBytes(IDENTITY, files, payload);
            ensureDirectory();
            Path temporary = Files.createTempFile(dir, "rules-", ".tmp");
            try {
                Files.write(temporary, bytes);
                move(temporary, entryOf(files));
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: compiling next time is always correct.
        }
    }

    /**
     * An entry's bytes: the magic, the SHA-256 of the rest, then what the payload was made by (build and
     * each DRL file's name and SHA-256 of its text), then the payload.
     */
    static byte[] entryBytes(String identity, List<DrlSource> files, byte[] payload) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeUTF(identity);
            out.writeInt(files.size());
            for (DrlSource file : files) {
                out.writeUTF(file.name());
                out.write(digestOf(file));
            }
            out.write(payload);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream(body.size() + 64);
        whole.write(MAGIC);
        whole.write(sha256().digest(body.toByteArray()));
        body.writeTo(whole);
        return whole.toByteArray();
    }

    /** Deletes the entry of a package's files, if it is the user's. */
    void discard(List<DrlSource> files) {
        Path entry = entryOf(files);
        try {
            if (foreign(entry) == null) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException | RuntimeException e) {
            // Left in place: it is checked again on every read.
        }
    }

    /** The payload of a compiled package. */
    static byte[] save(KnowledgeBuilder builder) throws IOException {
        return payload(new HashMap<>(classStore(builder)), new ArrayList<>(builder.getKnowledgePackages()));
    }

    /** A payload: the generated classes (plain serialization), then Drools' packages, each length-prefixed. */
    static byte[] payload(Object classMap, Object packageList) throws IOException {
        ByteArrayOutputStream classes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(classes)) {
            out.writeObject(classMap);
        }
        ByteArrayOutputStream packages = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(packages)) {
            out.writeObject(packageList);
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
     * class loader, then their packages are read with it and added together. Parts from the cache are read
     * through the entry filter and must hold exactly the rules of their files; a part compiled in this run
     * is read through it too, to learn whether it may be cached, and read again without it if it fails.
     */
    static Loaded load(List<Part> parts) throws UnusablePart, IOException, ClassNotFoundException {
        Set<Integer> storable = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).files() == null && parts.get(i).cacheable()) {
                storable.add(i);
            }
        }
        Map<String, byte[]> classes = new HashMap<>();
        List<byte[]> packageBytes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            byte[] payload = parts.get(i).payload();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            int length = in.readInt();
            if (length < 0 || length > payload.length - 4) {
                throw new UnusablePart(i, "its generated classes are cut short");
            }
            byte[] classBytes = new byte[length];
            in.readFully(classBytes);
            Map<String, byte[]> own = readSection(parts, i, storable, payload.length, () -> classesOf(classBytes));
            String outside = parts.get(i).files() == null ? null : outside(own.keySet(), parts.get(i).files());
            if (outside != null) {
                throw new UnusablePart(i, "it holds bytecode of " + outside + ", outside its package");
            }
            classes.putAll(own);
            packageBytes.add(in.readAllBytes());
        }
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleCache.class.getClassLoader(), classes);
        List<KiePackage> packages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            byte[] bytes = packageBytes.get(i);
            Collection<KiePackage> read = readSection(parts, i, storable, parts.get(i).payload().length,
                    () -> packagesOf(bytes, loader));
            if (parts.get(i).files() != null) {
                String wrong = mismatch(read, parts.get(i).files());
                if (wrong != null) {
                    throw new UnusablePart(i, wrong);
                }
            }
            packages.addAll(read);
        }
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, loader);
        configuration.setOption(ConsequenceExceptionHandlerOption.get(MixedUnitsHandler.class));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(packages);
        return new Loaded(kieBase, storable);
    }

    /** A reading of objects, to run within the entry filter. */
    interface Reading<T> {
        T read() throws IOException, ClassNotFoundException;
    }

    /**
     * Reads a section of a part through the entry filter. A part from the cache that fails is unusable;
     * one compiled in this run is read again without the filter, and not cached.
     */
    private static <T> T readSection(List<Part> parts, int index, Set<Integer> storable, int bound, Reading<T> reading)
            throws UnusablePart, IOException, ClassNotFoundException {
        boolean cached = parts.get(index).files() != null;
        EntryFilter filter = new EntryFilter(bound);
        try {
            return filter.apply(reading);
        } catch (IOException | ClassNotFoundException | RuntimeException | StackOverflowError e) {
            if (cached) {
                throw new UnusablePart(index, filter.rejection != null ? filter.rejection
                        : e instanceof Malformed ? e.getMessage() : "it cannot be read (" + e + ")");
            }
        }
        storable.remove(index);
        return reading.read();
    }

    /**
     * A generated class (named by its resource, a/b/C.class) outside the files' package, or null: each
     * package's bytecode stays in its package, so that one entry cannot replace another's classes.
     */
    private static String outside(Set<String> resources, List<DrlSource> files) {
        String prefix = packageOf(files).replace('.', '/') + "/";
        return resources.stream().filter(c -> !c.startsWith(prefix) || c.indexOf('/', prefix.length()) >= 0)
                .sorted().findFirst().orElse(null);
    }

    /** An entry that reads, but is not what RuleCache writes. */
    private static final class Malformed extends IOException {
        Malformed(String why) {
            super(why);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, byte[]> classesOf(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            Object read = in.readObject();
            if (read instanceof Map<?, ?> map && map.entrySet().stream()
                    .allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof byte[])) {
                return (Map<String, byte[]>) map;
            }
            throw new Malformed("its generated classes are not a map of names to bytecode");
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<KiePackage> packagesOf(byte[] bytes, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            Object read = in.readObject();
            if (read instanceof Collection<?> list && list.stream().allMatch(KiePackage.class::isInstance)) {
                return (Collection<KiePackage>) list;
            }
            throw new Malformed("it holds something else than a list of compiled packages");
        }
    }

    /**
     * Null if the packages hold exactly the rules the files define, in the files' package (Drools adds
     * packages without rules for imported types); else what is wrong.
     */
    static String mismatch(Collection<? extends KiePackage> packages, List<DrlSource> files) {
        String name = packageOf(files);
        Set<String> expected = new LinkedHashSet<>();
        files.forEach(file -> expected.addAll(definitions(file)));
        Set<String> found = new LinkedHashSet<>();
        boolean present = false;
        for (KiePackage pkg : packages) {
            if (pkg.getName().equals(name)) {
                present = true;
                pkg.getRules().stream().map(Rule::getName).forEach(found::add);
            } else if (!pkg.getRules().isEmpty()) {
                return "it holds rules of package " + pkg.getName() + ", not of " + name;
            }
        }
        if (!present) {
            return "it holds no compiled package " + name + " for " + names(files);
        }
        for (String rule : expected) {
            if (!found.contains(rule)) {
                String file = files.stream().filter(f -> definitions(f).contains(rule)).findFirst().orElseThrow().name();
                return "it lacks rule \"" + rule + "\" of " + file;
            }
        }
        found.removeAll(expected);
        return found.isEmpty() ? null
                : "it holds rule \"" + found.iterator().next() + "\", which is not in " + names(files);
    }

    /** The rules and queries a file defines (Drools counts queries among a package's rules), by name. */
    private static Set<String> definitions(DrlSource file) {
        Set<String> names = new TreeSet<>(file.ruleLines().keySet());
        Matcher query = QUERY.matcher(file.text());
        while (query.find()) {
            names.add(query.group(1) != null ? query.group(1) : query.group(2) != null ? query.group(2) : query.group(3));
        }
        return names;
    }

    /** The package of a group's files, as Drools names it. */
    private static String packageOf(List<DrlSource> files) {
        return files.get(0).packageName().isEmpty() ? "defaultpkg" : files.get(0).packageName();
    }

    private static String names(List<DrlSource> files) {
        return files.stream().map(DrlSource::name).collect(Collectors.joining(", "));
    }

    private static Map<String, byte[]> classStore(KnowledgeBuilder builder) {
        if (builder instanceof KnowledgeBuilderImpl impl && impl.getRootClassLoader() instanceof ProjectClassLoader loader
                && loader.getStore() != null) {
            return loader.getStore();
        }
        return Map.of();
    }

    /**
     * Null if the entry is the user's own regular file that no one else can write; else why it is not
     * trusted (it could hold code another user chose). Without POSIX attributes, null.
     */
    private static String foreign(Path entry) {
        try {
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                return "it is not a regular file";
            }
            Map<String, Object> attributes = Files.readAttributes(entry, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
            return untrusted((Integer) attributes.get("uid"), (Integer) attributes.get("mode"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /** Why a file of this owner and mode is not trusted, or null if it is the user's and no one else can write it. */
    private static String untrusted(int uid, int mode) {
        if (OWN_UID >= 0 && uid != OWN_UID) {
            return "it belongs to user " + uid;
        }
        if ((mode & 0022) != 0) {
            return "others can write it (mode " + Integer.toOctalString(mode & 0777) + ")";
        }
        return null;
    }

    private static final int OWN_UID = ownUid();

    /** The user's id: the owner of this process's /proc entry, else as the JDK reports it, else unknown (-1). */
    private static int ownUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | RuntimeException e) {
            try {
                return (int) new com.sun.security.auth.module.UnixSystem().getUid();
            } catch (RuntimeException | LinkageError unknown) {
                return -1;
            }
        }
    }

    /** Creates the cache directory if it is missing, readable by the user alone; an existing one keeps its mode. */
    private void ensureDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            // Made by a parallel run.
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dir)) {
            entries = listed.filter(p -> p.getFileName().toString().startsWith("rules-")
                    && p.getFileName().toString().endsWith(".bin")).toList();
        }
        if (entries.size() <= KEEP) {
            return;
        }
        // The oldest of the user's own entries go. Each entry is read once (owner, mode and time together):
        // a cache kept full by frequent rule edits prunes on every run that compiles.
        List<Path> old = entries.stream().map(RuleCache::ownEntry).filter(Objects::nonNull)
                .sorted(Comparator.comparing(OwnEntry::modified).reversed())
                .skip(KEEP)
                .map(OwnEntry::path)
                .toList();
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
    }

    private record OwnEntry(Path path, FileTime modified) {
    }

    /** The entry with its time if it is the user's own regular file that no one else can write, else null. */
    private static OwnEntry ownEntry(Path entry) {
        try {
            Map<String, Object> attributes = Files.readAttributes(entry, "unix:uid,mode,isRegularFile,lastModifiedTime",
                    LinkOption.NOFOLLOW_LINKS);
            boolean own = (Boolean) attributes.get("isRegularFile")
                    && untrusted((Integer) attributes.get("uid"), (Integer) attributes.get("mode")) == null;
            return own ? new OwnEntry(entry, (FileTime) attributes.get("lastModifiedTime")) : null;
        } catch (UnsupportedOperationException e) {
            // No POSIX attributes: every regular entry is the user's (as foreign says).
            try {
                BasicFileAttributes basic = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return basic.isRegularFile() ? new OwnEntry(entry, basic.lastModifiedTime()) : null;
            } catch (IOException gone) {
                return null;
            }
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return null;
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

    /**
     * The filter every stream that reads an entry goes through: Drools reads parts of a package with
     * streams of its own, so the filter is the JVM-wide one, active on the reading thread only. It admits
     * the classes compiled rules hold, found by reading the bundled rules and a sample of every DRL feature
     * with a filter that logs; it bounds nesting depth (the defence against nested-collection bombs), and
     * bounds references, array lengths and bytes read by the entry's size, so that a small entry cannot make
     * a large allocation.
     */
    static final class EntryFilter implements ObjectInputFilter {
        /** Classes of the JDK and others that compiled rules hold (or refer to as a type), by exact name. */
        private static final Set<String> CLASSES = Set.of(
                "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Character",
                "java.lang.Number", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
                "java.lang.Float", "java.lang.Double", "java.lang.Enum",
                "java.math.BigDecimal", "java.math.BigInteger",
                "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.Map$Entry",
                "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.IdentityHashMap",
                "java.util.HashSet", "java.util.LinkedHashSet",
                "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
                "java.util.Collections$SynchronizedMap",
                "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Segment",
                "java.util.concurrent.ConcurrentHashMap$KeySetView", "java.util.concurrent.ConcurrentHashMap$CollectionView",
                "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantLock$Sync",
                "java.util.concurrent.locks.ReentrantLock$NonfairSync",
                "java.util.concurrent.locks.AbstractOwnableSynchronizer",
                "java.util.concurrent.locks.AbstractQueuedSynchronizer",
                "org.drools.util.PortablePath", "dev.claimcheck.engine.Findings");
        /** Packages whose classes are admitted: with their subpackages (Drools, KIE API), or alone ("="). */
        private static final List<String> PACKAGES = List.of(
                "org.drools.base.", "org.drools.core.", "org.drools.mvel.", "org.drools.io.",
                "org.drools.compiler.rule.builder.", "org.drools.compiler.builder.impl.classbuilder.",
                "org.kie.api.", "org.kie.internal.definition.",
                "=java.time.", "=dev.claimcheck.model.", "=dev.claimcheck.number.");
        private static final ThreadLocal<EntryFilter> ACTIVE = new ThreadLocal<>();
        /** Whether the JVM-wide filter is in place: if it is not (another one was set), the cache is not read. */
        static final boolean INSTALLED = install();

        private final long bound;
        /** Why the filter refused the entry, the first time it did. */
        String rejection;

        EntryFilter(long bound) {
            this.bound = bound;
        }

        private static boolean install() {
            ObjectInputFilter global = info -> {
                EntryFilter active = ACTIVE.get();
                return active == null ? Status.UNDECIDED : active.checkInput(info);
            };
            try {
                ObjectInputFilter.Config.setSerialFilter(global);
                try (ObjectInputStream probe = new ObjectInputStream(new ByteArrayInputStream(emptyStream()))) {
                    return probe.getObjectInputFilter() == global;
                }
            } catch (IllegalStateException | SecurityException | IOException e) {
                return false;
            }
        }

        private static byte[] emptyStream() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ObjectOutputStream(bytes).close();
            return bytes.toByteArray();
        }

        /** Runs a reading with this filter on every stream the current thread opens meanwhile. */
        <T> T apply(Reading<T> reading) throws IOException, ClassNotFoundException {
            EntryFilter outer = ACTIVE.get();
            ACTIVE.set(this);
            try {
                return reading.read();
            } finally {
                ACTIVE.set(outer);
            }
        }

        @Override
        public Status checkInput(FilterInfo info) {
            if (info.depth() > MAX_DEPTH) {
                return reject("its objects nest deeper than " + MAX_DEPTH + " levels");
            }
            if (info.references() > bound || info.arrayLength() > bound || info.streamBytes() > bound) {
                return reject("it holds more objects or longer arrays than its " + bound + " bytes can");
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return Status.UNDECIDED;
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            if (type.isPrimitive() || admits(type.getName())) {
                return Status.ALLOWED;
            }
            return reject("it holds a " + type.getName() + ", which is not part of compiled rules");
        }

        static boolean admits(String className) {
            if (CLASSES.contains(className)) {
                return true;
            }
            for (String pkg : PACKAGES) {
                if (pkg.startsWith("=")) {
                    String only = pkg.substring(1);
                    if (className.startsWith(only) && className.indexOf('.', only.length()) < 0) {
                        return true;
                    }
                } else if (className.startsWith(pkg)) {
                    return true;
                }
            }
            return false;
        }

        private Status reject(String why) {
            if (rejection == null) {
                rejection = why;
            }
            return Status.REJECTED;
        }
    }

    /** What the entry was made by: claimcheck's version and build, Drools' version, Java's feature version. */
    private static String identity() {
        return "claimcheck " + Version.get() + " " + buildIdentity()
                + "; drools " + KieServices.class.getPackage().getImplementationVersion()
                + "; java " + Runtime.version().feature();
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

    private static byte[] digestOf(DrlSource file) {
        return sha256().digest(file.text().getBytes(StandardCharsets.UTF_8));
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
