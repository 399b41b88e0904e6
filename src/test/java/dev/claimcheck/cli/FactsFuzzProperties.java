package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.FactsFixture;
import dev.claimcheck.SeededTries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Damages a copy of the seed article and the reference files at random (lines deleted, duplicated or
 * swapped, characters or bytes flipped, files cut short) and checks that verify always ends with 0, 1
 * or 2 in bounded time, that exit 2 comes with FILE:LINE:COL messages, and that no stack trace reaches
 * the user. 60 tries from a fixed seed (see {@link SeededTries}); each try damages a fresh copy with its
 * own random seed. The copy holds only the seed article, so the same seed damages the same files however
 * many articles facts/ holds.
 */
class FactsFuzzProperties {
    private static final int TRIES = 60;
    private static final Path BASE = Path.of("target", "fuzz");
    private static final String CACHE = BASE.resolve("cache").toString();
    private static long seed;

    @BeforeAll
    static void prepare() throws IOException {
        seed = SeededTries.seed();
        SeededTries.announce(FactsFuzzProperties.class, seed, TRIES + " tries");
        Files.createDirectories(BASE);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(BASE)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The seed of the damage done in one try, in [0, Long.MAX_VALUE / 2]. */
    record Damage(long seed) {
    }

    @Test
    void damagedFactsNeverCrashOrHang() {
        SeededTries.forAll("damagedFactsNeverCrashOrHang", seed, TRIES, List.of(),
                random -> new Damage(random.nextLong(0, Long.MAX_VALUE / 2 + 1)),
                damage -> damagedFactsNeverCrashOrHang(damage.seed()));
    }

    private static void damagedFactsNeverCrashOrHang(long seed) throws IOException {
        Random random = new Random(seed);
        Path facts = FactsFixture.seedCopy(Files.createTempDirectory(BASE, "try")).facts();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(facts)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".txt")).sorted().toList();
        }
        int mutations = 1 + random.nextInt(3);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < mutations; i++) {
            Path file = files.get(random.nextInt(files.size()));
            done.add(facts.relativize(file) + ": " + damage(file, random));
        }
        String damaged = "damage: " + String.join("; ", done) + "\n";
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Cli.run("verify", "--facts", facts.toString(), "--cache", CACHE), damaged);
        assertTrue(cli.exitCode() >= 0 && cli.exitCode() <= 2, damaged + cli);
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"),
                damaged + "no stack trace:\n" + cli.err());
        assertFalse(cli.err().contains("internal error"), damaged + cli.err());
        if (cli.exitCode() == 2) {
            List<String> lines = cli.err().lines().filter(l -> !l.startsWith("claimcheck: ")).toList();
            assertFalse(lines.isEmpty(), damaged + cli.err());
            lines.forEach(line -> assertTrue(line.matches("^\\S.*:\\d+:\\d+: .+"), damaged + "not FILE:LINE:COL: " + line));
        }
    }

    /** Damages the file and says how. */
    private static String damage(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int kind = random.nextInt(6);
        if (kind == 5 && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            int bit = random.nextInt(8);
            bytes[at] ^= (byte) (1 << bit);   // a flipped bit
            Files.write(file, bytes);
            return "bit " + bit + " of byte " + at + " flipped";
        }
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.isEmpty()) {
            return "nothing (empty)";
        }
        int at = random.nextInt(lines.size());
        String how;
        switch (kind) {
            case 0 -> {
                lines.remove(at);
                how = "line " + (at + 1) + " removed";
            }
            case 1 -> {
                lines.add(at, lines.get(at));
                how = "line " + (at + 1) + " duplicated";
            }
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
                how = "lines " + (at + 1) + " and " + (other + 1) + " swapped";
            }
            case 3 -> {
                String line = lines.get(at);
                if (line.isEmpty()) {
                    how = "nothing (line " + (at + 1) + " is empty)";
                } else {
                    int column = random.nextInt(line.length());
                    String replacements = " :-#[]{}'\"\t\\&*!|>%@`xyz09";
                    char replacement = replacements.charAt(random.nextInt(replacements.length()));
                    lines.set(at, line.substring(0, column) + replacement + line.substring(column + 1));
                    how = "line " + (at + 1) + " column " + (column + 1) + " replaced by '" + replacement + "'";
                }
            }
            default -> {
                lines.subList(at, lines.size()).clear();   // truncated
                how = "cut short before line " + (at + 1);
            }
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return how;
    }
}
