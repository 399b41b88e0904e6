package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify --watch and rules test --watch, driven in-process on a copy of the seed article and the rules:
 * each save brings a new report, the same as a fresh verify's on the same files; a broken file prints
 * its place and the watcher goes on.
 */
class WatchTest {
    private static final String RANK_MESSAGE = "\"{} [are|are not] the top {} in {}\"";
    private static final String BROKEN = "  - id: [unclosed\n";

    @TempDir
    Path tmp;

    /** A watching command running on its own thread, with what it printed so far. */
    private static final class Watching implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final WatchRounds err = new WatchRounds(300_000);
        private final AtomicInteger exitCode = new AtomicInteger(-1);
        private final Thread thread;
        private int reports;
        private int outSeen;
        private int errSeen;

        Watching(String... args) {
            thread = new Thread(() -> exitCode.set(ClaimcheckCommand.run(new PrintWriter(out), new PrintWriter(err), args)));
            thread.start();
        }

        /** Waits for the next check to complete (after a save); its report and standard error. */
        Cli next() throws InterruptedException {
            err.awaitAfter(reports++);
            String all = out.toString();
            String errors = err.text();
            Cli round = new Cli(0, all.substring(outSeen), errors.substring(errSeen));
            outSeen = all.length();
            errSeen = errors.length();
            return round;
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }

    private record Corpus(FactsFixture.SeedCopy seed, Path rules) {
        String[] args(String... more) {
            List<String> args = new ArrayList<>(List.of("--facts", seed.facts().toString(), "--rules", rules.toString()));
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        }
    }

    private Corpus corpus() {
        return new Corpus(FactsFixture.seedCopy(tmp), FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules")));
    }

    private static String[] verify(Corpus corpus, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--cache", corpus.rules().resolveSibling("cache").toString()));
        args.addAll(List.of(corpus.args(more)));
        return args.toArray(String[]::new);
    }

    private static String[] watch(Corpus corpus, String... more) {
        List<String> args = new ArrayList<>(List.of(verify(corpus, more)));
        args.add("--watch");
        return args.toArray(String[]::new);
    }

    /** The report of a fresh verify on the same files. */
    private static String fresh(Corpus corpus, String... more) {
        return Cli.run(verify(corpus, more)).out();
    }

    @Test
    void aFactsEditARuleEditABrokenFileAndItsRepairEachBringTheReportAFreshVerifyGives() throws Exception {
        Corpus corpus = corpus();
        try (Watching watching = new Watching(watch(corpus))) {
            Cli first = watching.next();
            assertEquals(fresh(corpus), first.out());
            Cli.assertContainsAll(first.out(), "consistent   deficit-2024", "are the top 2 in GDP");

            corpus.seed().plantAmountBreak();
            Cli factsEdit = watching.next();
            assertEquals(fresh(corpus), factsEdit.out());
            Cli.assertContainsAll(factsEdit.out(), "inconsistent deficit-2024");

            FactsFixture.replace(corpus.rules().resolve("ranks.drl"), RANK_MESSAGE, RANK_MESSAGE.replace(" in ", " of "));
            Cli ruleEdit = watching.next();
            assertEquals(fresh(corpus), ruleEdit.out());
            Cli.assertContainsAll(ruleEdit.out(), "are the top 2 of GDP", "inconsistent deficit-2024");

            String claims = Files.readString(corpus.seed().claims(), StandardCharsets.UTF_8);
            Files.writeString(corpus.seed().claims(), claims + BROKEN, StandardCharsets.UTF_8);
            Cli broken = watching.next();
            assertEquals("", broken.out());
            int line = (int) claims.lines().count() + 1;
            Cli.assertContainsAll(broken.err(), corpus.seed().claims() + ":" + line + ":", "nothing was checked",
                    "claimcheck: watching ");
            assertFalse(broken.err().contains("Exception"), broken.err());

            Files.writeString(corpus.seed().claims(), claims, StandardCharsets.UTF_8);
            Cli repaired = watching.next();
            assertEquals(fresh(corpus), repaired.out());
            Cli.assertContainsAll(repaired.out(), "are the top 2 of GDP", "inconsistent deficit-2024");
        }
    }

    @Test
    void theJsonReportIsTheOneAFreshVerifyGives() throws Exception {
        Corpus corpus = corpus();
        try (Watching watching = new Watching(watch(corpus, "--format", "json"))) {
            assertEquals(fresh(corpus, "--format", "json"), watching.next().out());
            corpus.seed().plantAmountBreak();
            String report = watching.next().out();
            assertEquals(fresh(corpus, "--format", "json"), report);
            Cli.assertContainsAll(report, "\"deficit-2024\"");
        }
    }

    @Test
    void changesOnlyPrintsTheChangedVerdictAndTheNewThenFixedFinding() throws Exception {
        Corpus corpus = corpus();
        try (Watching watching = new Watching(watch(corpus, "--changes-only"))) {
            assertEquals(fresh(corpus), watching.next().out());
            corpus.seed().plantAmountBreak();
            String broken = watching.next().out();
            Cli.assertContainsAll(broken, "changed  claim deficit-2024: consistent -> inconsistent",
                    "new      error   ", "deficit-2024", "claims:");
            assertFalse(broken.contains("claim deficit-2024-below-peak"), broken);
            corpus.seed().fixAmountBreak();
            Cli.assertContainsAll(watching.next().out(), "changed  claim deficit-2024: inconsistent -> consistent",
                    "fixed    error   ");
            Files.writeString(corpus.seed().claims(), Files.readString(corpus.seed().claims()) + "\n");
            Cli.assertContainsAll(watching.next().out(), "no change since the last report");
        }
    }

    @Test
    void changesOnlyWithoutWatchIsRefused() {
        Cli run = Cli.run("verify", "--changes-only");
        assertEquals(2, run.exitCode(), run.toString());
        Cli.assertContainsAll(run.err(), "--changes-only goes with --watch");
    }

    @Test
    void rulesTestWatchRunsTheCasesAgainAfterARuleEdit() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules").resolve("tests")).getParent();
        Files.copy(BundledRules.RULES.resolve("ranks.drl"), rules.resolve("ranks.drl"));
        Files.copy(BundledRules.RULES.resolve("tests").resolve("ranks.yaml"), rules.resolve("tests").resolve("ranks.yaml"));
        try (Watching watching = new Watching("rules", "test", "--watch", "--rules", rules.toString())) {
            String first = watching.next().out();
            Cli.assertContainsAll(first, "0 failed");
            FactsFixture.replace(rules.resolve("ranks.drl"), "$subjects.size() == $claim.getTop()", "false");
            String edited = watching.next().out();
            Cli.assertContainsAll(edited, "FAIL", "rules test: ");
            assertFalse(edited.contains(" 0 failed"), edited);
        }
    }

    @Test
    void ctrlCEndsTheWatchWithTheLastReportsExitCodeAndNoStackTrace() throws IOException, InterruptedException {
        Corpus corpus = corpus();
        Process process = OwnJvm.claimcheck(List.of(), watch(corpus)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        WatchRounds err = new WatchRounds(300_000);
        Thread reading = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        err.write(new char[] {(char) b}, 0, 1);
                    }
                });
            } catch (IOException e) {
                // The process ended.
            }
        });
        reading.start();
        err.awaitAfter(0);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertEquals(0, process.waitFor());
        reading.join();
        Cli.assertContainsAll(err.text(), "claimcheck: stopped watching");
        assertFalse(err.text().contains("Exception"), err.text());
        assertTrue(err.text().lines().noneMatch(l -> l.startsWith("\tat ")), err.text());
    }
}
