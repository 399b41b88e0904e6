package dev.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Small facts directories in a temporary directory, for tests that read, edit or break facts. A test
 * never depends on which other articles the repository holds: it copies the one article it talks about.
 */
public final class FactsFixture {
    public static final String SEED = "2025-02-22-bessent-he-lifeng-call";
    /** The second bundled article: China's customs figures for 2024, in US$ and yuan, by year and month. */
    public static final String CUSTOMS = "2025-01-13-china-record-trade-surplus";
    private static final Pattern CLAIM_ID = Pattern.compile("(?m)^  - id: (\\S+)$");

    private FactsFixture() {
    }

    /**
     * A facts directory holding the seed article and the reference files, nothing else: no other article
     * and no waivers. Its claims file can be edited, and it can carry a planted break.
     */
    public record SeedCopy(Path facts, Path claims) {
        private static final String AMOUNT = "amount: US$295.4 billion";
        private static final String MISTYPED_AMOUNT = "amount: US$259.4 billion";
        private static final String WEEKDAY = "weekday: friday";
        private static final String WRONG_WEEKDAY = "weekday: thursday";
        private static final String FRIDAY = "on Friday (Feb 21)";
        private static final String THURSDAY = "on Thursday (Feb 21)";

        /** Mistypes the 2024 deficit of claim deficit-2024: US$295.4 billion becomes US$259.4 billion. */
        public SeedCopy plantAmountBreak() {
            return edit(AMOUNT, MISTYPED_AMOUNT);
        }

        /** Puts the amount of deficit-2024 right again after {@link #plantAmountBreak()}. */
        public SeedCopy fixAmountBreak() {
            return edit(MISTYPED_AMOUNT, AMOUNT);
        }

        /**
         * Makes the article itself wrong, as a writer might: its text, the quote of claim
         * call-on-friday-feb-21 and the claim all say the call of Friday 2025-02-21 was on a Thursday.
         * Only the weekday rule can catch it; the claim agrees with its quote.
         */
        public SeedCopy plantWeekdayBreak() {
            replace(article(), FRIDAY, THURSDAY);
            return edit("quote: " + FRIDAY, "quote: " + THURSDAY).edit(WEEKDAY, WRONG_WEEKDAY);
        }

        /** Puts the article and the claim right again after {@link #plantWeekdayBreak()}. */
        public SeedCopy fixWeekdayBreak() {
            replace(article(), THURSDAY, FRIDAY);
            return edit("quote: " + THURSDAY, "quote: " + FRIDAY).edit(WRONG_WEEKDAY, WEEKDAY);
        }

        /**
         * A writer's error: the article says {@code to} wherever it said {@code from}, and so do the claims'
         * quotes and fields. Only rules that check against data or arithmetic can catch it.
         */
        public SeedCopy plantWritersError(String from, String to) {
            replaceEvery(article(), from, to);
            replaceEvery(claims, from, to);
            return this;
        }

        /** Replaces a text within one claim's entry only (from its "- id:" line to the next claim's). */
        public SeedCopy editClaim(String id, String from, String to) {
            String text = read(claims);
            int start = text.indexOf("  - id: " + id + "\n");
            if (start < 0) {
                throw new AssertionError("no claim " + id + " in " + claims);
            }
            int next = text.indexOf("\n  - id: ", start + 1);
            int end = next < 0 ? text.length() : next;
            String entry = text.substring(start, end);
            if (!entry.contains(from)) {
                throw new AssertionError("claim " + id + " does not contain: " + from);
            }
            write(claims, text.substring(0, start) + entry.replace(from, to) + text.substring(end));
            return this;
        }

        private Path article() {
            return claims.resolveSibling("article.txt");
        }

        /** Replaces the first occurrence of a text in the claims file, failing if it is not there. */
        public SeedCopy edit(String from, String to) {
            replace(claims, from, to);
            return this;
        }

        /** The ids of the article's claims, in the order of the claims file, read from its text. */
        public List<String> claimIds() {
            Matcher ids = CLAIM_ID.matcher(read(claims));
            return ids.results().map(id -> id.group(1)).toList();
        }

        /** Where a claim stands among the article's claims, counting from 1 (as TAP numbers its tests). */
        public int position(String claimId) {
            int index = claimIds().indexOf(claimId);
            if (index < 0) {
                throw new AssertionError("no claim " + claimId + " in " + claims);
            }
            return index + 1;
        }

        /** The line of the claims file that first contains the text, counting from 1. */
        public int lineOf(String text) {
            return FactsFixture.lineOf(claims, text);
        }
    }

    /** Copies the seed article and the reference files to {@code tmp/facts}; see {@link SeedCopy}. */
    public static SeedCopy seedCopy(Path tmp) {
        return articleCopy(tmp, SEED);
    }

    /** Copies one bundled article and the reference files to {@code tmp/facts}. */
    public static SeedCopy articleCopy(Path tmp, String slug) {
        Path facts = tmp.resolve("facts");
        copy(BundledRules.FACTS.resolve("reference"), facts.resolve("reference"));
        Path article = copy(BundledRules.FACTS.resolve("articles").resolve(slug), facts.resolve("articles").resolve(slug));
        return new SeedCopy(facts, article.resolve("claims.yaml"));
    }

    /** Copies a directory tree (e.g. rules/) into the target directory and returns the copy. */
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

    /** Deletes a directory and everything in it. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every occurrence of a text in a file, failing if there is none. */
    public static void replaceEvery(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        write(file, text.replace(from, to));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of a text in a file, failing if it is not there. */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        try {
            Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of a file that first contains the text, counting from 1; fails if no line does. */
    public static int lineOf(Path file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
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
