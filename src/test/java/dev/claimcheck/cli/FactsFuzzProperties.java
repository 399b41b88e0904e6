package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damages the bundled facts files at random (lines deleted, duplicated or swapped, characters or bytes
 * flipped, files cut short) and checks that verify always ends with 0, 1 or 2 in bounded time, that
 * exit 2 comes with FILE:LINE:COL messages, and that no stack trace reaches the user.
 */
class FactsFuzzProperties {
    private static final Path BASE = Path.of("target", "fuzz");
    private static final String CACHE = BASE.resolve("cache").toString();

    @BeforeContainer
    static void prepare() throws IOException {
        Files.createDirectories(BASE);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(BASE)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60, seed = "20250222")
    void damagedFactsNeverCrashOrHang(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) throws IOException {
        Random random = new Random(seed);
        Path facts = FactsFixture.copy(BundledRules.FACTS, Files.createTempDirectory(BASE, "facts"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(facts)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".txt")).sorted().toList();
        }
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            damage(files.get(random.nextInt(files.size())), random);
        }
        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Cli.run("verify", "--facts", facts.toString(), "--cache", CACHE));
        assertTrue(cli.exitCode() >= 0 && cli.exitCode() <= 2, cli.toString());
        assertFalse(cli.err().contains("\tat ") || cli.err().contains("Exception"), "no stack trace:\n" + cli.err());
        assertFalse(cli.err().contains("internal error"), cli.err());
        if (cli.exitCode() == 2) {
            List<String> lines = cli.err().lines().filter(l -> !l.startsWith("claimcheck: ")).toList();
            assertFalse(lines.isEmpty(), cli.err());
            lines.forEach(line -> assertTrue(line.matches("^\\S.*:\\d+:\\d+: .+"), "not FILE:LINE:COL: " + line));
        }
    }

    private static void damage(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int kind = random.nextInt(6);
        if (kind == 5 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));   // a flipped bit
            Files.write(file, bytes);
            return;
        }
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.isEmpty()) {
            return;
        }
        int at = random.nextInt(lines.size());
        switch (kind) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
            }
            case 3 -> {
                String line = lines.get(at);
                if (!line.isEmpty()) {
                    int column = random.nextInt(line.length());
                    String replacements = " :-#[]{}'\"\t\\&*!|>%@`xyz09";
                    char replacement = replacements.charAt(random.nextInt(replacements.length()));
                    lines.set(at, line.substring(0, column) + replacement + line.substring(column + 1));
                }
            }
            default -> lines.subList(at, lines.size()).clear();   // truncated
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }
}
