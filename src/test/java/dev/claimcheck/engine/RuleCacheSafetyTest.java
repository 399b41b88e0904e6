package dev.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.load.FactsLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A cache entry is used only for the rules on disk it was compiled from, and reading one runs nothing
 * but what compiled rules hold: an entry that fails is deleted, its package compiled again, the verdict
 * is the one of the rules on disk, and standard error has one line about it.
 */
class RuleCacheSafetyTest {
    /** The claim and rule whose verdict the planted amount break decides: a finding, unless the rule is wrong. */
    private static final String AMOUNT_CLAIM = "deficit-2024";
    private static final String AMOUNT_RULE = "level-matches-reference";
    private static final String WEEKDAY_CLAIM = "call-on-friday-feb-21";
    private static final String WEEKDAY_RULE = "weekday-matches-date";

    /** The bundled rules, copied once, and a cache warmed with them once; each test works on a copy of it. */
    @TempDir
    static Path shared;
    private static Path rules;
    private static Path warmCache;

    @TempDir
    Path tmp;
    private Path cache;
    private final List<String> notes = new ArrayList<>();

    @BeforeAll
    static void warm() throws Exception {
        rules = FactsFixture.copy(BundledRules.RULES, shared.resolve("rules"));
        warmCache = shared.resolve("cache");
        new RuleCompiler(warmCache, line -> { }).compile(rules);
    }

    @BeforeEach
    void copyWarmCache() throws IOException {
        cache = tmp.resolve("cache");
        Files.createDirectory(cache);
        try (Stream<Path> entries = Files.list(warmCache)) {
            for (Path entry : entries.toList()) {
                Files.copy(entry, cache.resolve(entry.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private CompiledRules compile(Path rulesDir) throws Exception {
        return new RuleCompiler(cache, notes::add).compile(rulesDir);
    }

    /** What the rule concluded on the claim, over the seed article with the given break planted. */
    private Outcome verdict(CompiledRules compiled, FactsFixture.SeedCopy facts, String claim, String rule)
            throws Exception {
        RunResult run = new RuleEngine().run(compiled, new FactsLoader().load(facts.facts()));
        List<Outcome> outcomes = run.checks().stream()
                .filter(c -> c.claim().getId().equals(claim) && c.rule().id().equals(rule))
                .map(Check::outcome).distinct().toList();
        assertEquals(1, outcomes.size(), "one outcome of " + rule + " on " + claim + ": " + outcomes);
        return outcomes.get(0);
    }

    private static List<DrlSource> filesOf(Path rulesDir, String drl) throws Exception {
        return List.of(DrlSource.read(rulesDir.resolve(drl)));
    }

    private Path entryOf(Path rulesDir, String drl) throws Exception {
        return new RuleCache(cache).entryOf(filesOf(rulesDir, drl));
    }

    /** Plants an entry for the file: the payload, with a valid checksum and the true record of the file. */
    private void plant(String drl, byte[] payload) throws Exception {
        Files.write(entryOf(rules, drl), RuleCache.entryBytes(RuleCache.IDENTITY, filesOf(rules, drl), payload));
    }

    /** The payload of a DRL text, compiled on its own. */
    private static byte[] compiledPayload(String drl) throws IOException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertFalse(builder.hasErrors(), builder.getErrors().toString());
        return RuleCache.save(builder);
    }

    private void assertOneNote(String entry, String why) {
        assertEquals(List.of("claimcheck: ignored a damaged cache entry (" + entry + "): " + why
                + "; compiling the rules again"), notes);
    }

    @Test
    void anEntryCompiledFromAnotherTextOfTheFileIsNotUsed() throws Exception {
        // Rules A: the amount rule compares a claim with itself, so a mistyped amount passes.
        Path own = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Path amounts = own.resolve("amounts.drl");
        String right = Files.readString(amounts);
        FactsFixture.replace(amounts, "checkEquals($reference.getValue())", "checkEquals($claim.getValue())");
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantAmountBreak();
        assertEquals(Outcome.PASS, verdict(compile(own), facts, AMOUNT_CLAIM, AMOUNT_RULE), "rules A miss the break");
        Path entryOfA = entryOf(own, "amounts.drl");
        byte[] bytesOfA = Files.readAllBytes(entryOfA);

        // Rules B, the right ones, at the same path: A's entry filed under B's key.
        Files.writeString(amounts, right);
        Path entryOfB = entryOf(own, "amounts.drl");
        assertNotEquals(entryOfA, entryOfB);
        Files.write(entryOfB, bytesOfA);
        notes.clear();

        assertEquals(Outcome.FAIL, verdict(compile(own), facts, AMOUNT_CLAIM, AMOUNT_RULE), "the break is found");
        assertOneNote(entryOfB.getFileName().toString(), "it was not compiled from the rules on disk ("
                + DrlSource.read(amounts).name() + " differs)");
        notes.clear();
        assertEquals(Outcome.FAIL, verdict(compile(own), facts, AMOUNT_CLAIM, AMOUNT_RULE));
        assertEquals(List.of(), notes, "the entry was compiled again from the rules on disk, and is used");
    }

    @Test
    void anEntryWithNoPackagesIsNotUsed() throws Exception {
        plant("amounts.drl", RuleCache.payload(new HashMap<String, byte[]>(), new ArrayList<>()));
        assertAmountBreakCaught();
        String file = DrlSource.read(rules.resolve("amounts.drl")).name();
        assertOneNote(entryOf(rules, "amounts.drl").getFileName().toString(),
                "it holds no compiled package claimcheck.amounts for " + file);
    }

    @Test
    void anEntryLackingARuleOfItsFileIsNotUsed() throws Exception {
        String text = Files.readString(rules.resolve("amounts.drl"));
        String without = text.replaceFirst("(?s)rule \"" + AMOUNT_RULE + "\".*?\nend\n", "");
        assertNotEquals(text, without);
        plant("amounts.drl", compiledPayload(without));
        assertAmountBreakCaught();
        String file = DrlSource.read(rules.resolve("amounts.drl")).name();
        assertOneNote(entryOf(rules, "amounts.drl").getFileName().toString(),
                "it lacks rule \"" + AMOUNT_RULE + "\" of " + file);
    }

    @Test
    void anEntryHoldingARuleItsFileDoesNotDefineIsNotUsed() throws Exception {
        String text = Files.readString(rules.resolve("amounts.drl"));
        String extra = "\nrule \"always-passes\"\n    @title(\"Planted\")\nwhen\nthen\nend\n";
        plant("amounts.drl", compiledPayload(text + extra));
        assertAmountBreakCaught();
        assertOneNote(entryOf(rules, "amounts.drl").getFileName().toString(), "it holds rule \"always-passes\", which is not in "
                + DrlSource.read(rules.resolve("amounts.drl")).name());
    }

    @Test
    void anEntryHoldingSomethingElseThanPackagesIsNotUsed() throws Exception {
        plant("time.drl", RuleCache.payload(new HashMap<String, byte[]>(), "a string where the packages belong"));
        assertWeekdayBreakCaught();
        assertOneNote(entryOf(rules, "time.drl").getFileName().toString(),
                "it holds something else than a list of compiled packages");
    }

    @Test
    void anEntryOfAnotherBuildIsNotUsed() throws Exception {
        List<DrlSource> files = filesOf(rules, "amounts.drl");
        byte[] genuine = compiledPayload(files.get(0).text());
        Files.write(entryOf(rules, "amounts.drl"), RuleCache.entryBytes("claimcheck 0.0.1 elsewhere", files, genuine));
        assertAmountBreakCaught();
        assertOneNote(entryOf(rules, "amounts.drl").getFileName().toString(),
                "it was made by another build of claimcheck, Drools or Java");
    }

    @Test
    void anEntryWhoseChecksumFailsIsNotUsed() throws Exception {
        Path entry = entryOf(rules, "amounts.drl");
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantAmountBreak();
        assertEquals(Outcome.FAIL, verdict(compile(rules), facts, AMOUNT_CLAIM, AMOUNT_RULE));
        assertOneNote(entry.getFileName().toString(),
                "its checksum does not match its content (a damaged or partly written file)");
    }

    /** Deserializing it would create a file: what an attacker's object would do, in small. */
    static final class Planted implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String marker;

        Planted(Path marker) {
            this.marker = marker.toString();
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            Files.createFile(Path.of(marker));
        }
    }

    @ParameterizedTest(name = "in the {0}")
    @ValueSource(strings = {"generated classes", "package list"})
    void anEntryHoldingAnObjectOfAnotherClassIsRefusedBeforeItRuns(String where) throws Exception {
        Path marker = tmp.resolve("planted-object-ran");
        Object planted = new Planted(marker);
        Map<String, Object> classes = new HashMap<>();
        List<Object> packages = new ArrayList<>();
        if (where.equals("generated classes")) {
            classes.put("claimcheck/time/Planted.class", planted);
        } else {
            packages.add(planted);
        }
        plant("time.drl", RuleCache.payload(classes, packages));
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantWeekdayBreak();

        assertEquals(Outcome.FAIL, verdict(compile(rules), facts, WEEKDAY_CLAIM, WEEKDAY_RULE));
        assertFalse(Files.exists(marker), "the planted object's readObject never ran");
        assertOneNote(entryOf(rules, "time.drl").getFileName().toString(),
                "it holds a " + Planted.class.getName() + ", which is not part of compiled rules");
    }

    @Test
    void streamsOpenedWhileAnEntryIsReadAreFilteredTooAndOthersAreNot() throws Exception {
        // Drools reads parts of a package with ObjectInputStreams of its own: the filter reaches them.
        Path marker = tmp.resolve("planted-object-ran");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Planted(marker));
        }
        RuleCache.EntryFilter filter = new RuleCache.EntryFilter(bytes.size());
        assertTrue(RuleCache.EntryFilter.INSTALLED);
        assertThrows(InvalidClassException.class, () -> filter.apply(
                () -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject()));
        assertFalse(Files.exists(marker));
        assertEquals("it holds a " + Planted.class.getName() + ", which is not part of compiled rules", filter.rejection);

        // Outside a reading of an entry, deserialization in the same JVM is as it was.
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertTrue(Files.exists(marker));
    }

    /** The classic SerialDOS: sets nested 100 deep, each level holding the next twice; hashing them takes 2^100 steps. */
    private static Set<Object> hashSetBomb() {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    @Test
    void aHashSetBombIsRefusedQuickly() throws Exception {
        plant("time.drl", RuleCache.payload(new HashMap<String, byte[]>(), new ArrayList<>(List.of(hashSetBomb()))));
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantWeekdayBreak();
        CompiledRules compiled = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compile(rules));
        assertEquals(Outcome.FAIL, verdict(compiled, facts, WEEKDAY_CLAIM, WEEKDAY_RULE));
        assertOneNote(entryOf(rules, "time.drl").getFileName().toString(),
                "its objects nest deeper than " + RuleCache.MAX_DEPTH + " levels");
    }

    @Test
    void anEntryOthersCanWriteIsNotUsedAndIsReplaced() throws Exception {
        Path entry = entryOf(rules, "amounts.drl");
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertAmountBreakCaught();
        assertEquals(List.of("claimcheck: ignored a cache entry that other users can change (" + entry.getFileName()
                + "): others can write it (mode 666); compiling the rules again"), notes);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
        notes.clear();
        compile(rules);
        assertEquals(List.of(), notes);
    }

    @Test
    void theCacheDirectoryIsCreatedForTheUserAloneAndAnExistingOneKeepsItsMode() throws Exception {
        Path created = tmp.resolve("new").resolve("cache");
        new RuleCompiler(created, notes::add).compile(rules);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));

        Path chosen = tmp.resolve("chosen");
        Files.createDirectory(chosen);
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxrwxr-x"));
        new RuleCompiler(chosen, notes::add).compile(rules);
        assertEquals("rwxrwxr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen)));
        try (Stream<Path> entries = Files.list(chosen)) {
            assertTrue(entries.allMatch(e -> e.getFileName().toString().matches("rules-[0-9a-f]{40}\\.bin")));
        }
        assertEquals(List.of(), notes);
    }

    @Test
    void genuineEntriesAreUsedWithoutANote() throws Exception {
        List<Path> before;
        try (Stream<Path> entries = Files.list(cache)) {
            before = entries.sorted().toList();
        }
        compile(rules);
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(before, entries.sorted().toList());
        }
        assertEquals(List.of(), notes);
    }

    /** Rules compiled now, not the entry, judge the planted amount break: it fails. */
    private void assertAmountBreakCaught() throws Exception {
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantAmountBreak();
        assertEquals(Outcome.FAIL, verdict(compile(rules), facts, AMOUNT_CLAIM, AMOUNT_RULE));
    }

    /** The same for the planted weekday break. */
    @Test
    void aFullCacheLosesItsOldestOwnEntriesAndNothingElseWhenANewOneIsWritten() throws Exception {
        int fakes = RuleCache.KEEP;
        Instant past = Instant.parse("2001-01-01T00:00:00Z");
        for (int i = 0; i < fakes; i++) {
            Path fake = Files.write(cache.resolve(String.format("rules-fake%03d.bin", i)), new byte[] {1});
            Files.setLastModifiedTime(fake, FileTime.from(past.plusSeconds(i)));
        }
        // Older than all, but others can write it: not the user's to delete. Nor a file that is no entry.
        Path othersCanWrite = Files.write(cache.resolve("rules-shared.bin"), new byte[] {1});
        Files.setPosixFilePermissions(othersCanWrite, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setLastModifiedTime(othersCanWrite, FileTime.from(past.minusSeconds(60)));
        Path notAnEntry = Files.write(cache.resolve("notes.txt"), new byte[] {1});
        Files.setLastModifiedTime(notAnEntry, FileTime.from(past.minusSeconds(60)));
        List<String> warm = entries();
        int own = warm.size() - 1;

        Path edited = FactsFixture.copy(rules, tmp.resolve("edited-rules"));
        Files.writeString(edited.resolve("time.drl"), "// an edit\n", java.nio.file.StandardOpenOption.APPEND);
        compile(edited);

        List<String> after = entries();
        List<String> written = after.stream().filter(n -> !warm.contains(n)).toList();
        assertFalse(written.isEmpty(), "the edited package was cached");
        int removed = own + written.size() - RuleCache.KEEP;
        assertTrue(removed > 0, "the cache was over full: " + own + " own entries and " + written + " new");
        for (int i = 0; i < fakes; i++) {
            assertEquals(i >= removed, after.contains(String.format("rules-fake%03d.bin", i)), "entry " + i);
        }
        assertTrue(after.contains("rules-shared.bin"), "an entry others can write is left alone");
        assertTrue(Files.exists(notAnEntry), "a file that is no entry is left alone");
        assertTrue(after.containsAll(warm.stream().filter(n -> !n.startsWith("rules-fake")).toList()), "the newer entries stay");
        assertEquals(RuleCache.KEEP + 1, after.size(), "the kept own entries, and the one others can write");
    }

    /** The names of the cache's rule entries. */
    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rules-") && n.endsWith(".bin"))
                    .sorted().toList();
        }
    }

    private void assertWeekdayBreakCaught() throws Exception {
        FactsFixture.SeedCopy facts = FactsFixture.seedCopy(tmp).plantWeekdayBreak();
        assertEquals(Outcome.FAIL, verdict(compile(rules), facts, WEEKDAY_CLAIM, WEEKDAY_RULE));
    }
}
