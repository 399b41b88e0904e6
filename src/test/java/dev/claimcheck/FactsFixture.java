package dev.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A copy of the bundled facts in a temporary directory, for tests that edit or break them. */
public final class FactsFixture {
    public static final String SEED = "2025-02-22-bessent-he-lifeng-call";

    private FactsFixture() {
    }

    /** Copies facts/ (or rules/) into the target directory and returns the copy. */
    public static Path copy(Path from, Path target) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted().toList()) {
                Path destination = target.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path seedClaims(Path facts) {
        return facts.resolve("articles").resolve(SEED).resolve("claims.yaml");
    }

    /** Replaces the first occurrence of a text in a file, failing if it is not there. */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of every file under a directory, to show that a command wrote nothing there. */
    public static String treeHash(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                digest.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    digest.update(Files.readAllBytes(p));
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
