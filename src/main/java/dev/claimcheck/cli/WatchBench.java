package dev.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code claimcheck bench watch}: the time from a file's save to the new report of {@code verify --watch},
 * which runs in this process on a copy of the facts and rules. Facts edits mistype an amount of an
 * article and put it right again, in turn; rule edits add a comment line to each DRL file in turn, so the
 * edited package compiles again. A check is complete when the watcher says it is watching again, after
 * the report.
 */
final class WatchBench {
    private static final String AMOUNT = "US$295.4 billion";
    private static final String MISTYPED = "US$259.4 billion";
    /** Longer than the watcher's quiet period: a save's last events are in before the next save. */
    private static final long SETTLE_MILLIS = 80;
    private static final long TIMEOUT_MILLIS = 120_000;

    private final WatchRounds rounds = new WatchRounds(TIMEOUT_MILLIS);

    /** Runs the edits and prints the medians and 90th percentiles. */
    int run(Path facts, Path rules, int edits, PrintWriter out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("claimcheck-bench-watch-");
        try {
            Path factsCopy = copy(facts, work.resolve("facts"));
            Path rulesCopy = copy(rules, work.resolve("rules"));
            Thread watching = new Thread(() -> ClaimcheckCommand.run(new PrintWriter(new StringWriter()),
                    new PrintWriter(rounds), "verify", "--watch", "--no-fail", "--facts", factsCopy.toString(),
                    "--rules", rulesCopy.toString()), "claimcheck-bench-watch");
            watching.start();
            rounds.awaitAfter(0);
            Times factsTimes = measure(edits, factsEdits(factsCopy));
            Times ruleTimes = measure(edits, ruleEdits(rulesCopy));
            watching.interrupt();
            watching.join(TIMEOUT_MILLIS);
            print(out, "facts edit", factsTimes, 100);
            print(out, "rule edit", ruleTimes, 400);
            return ExitCode.OK.code();
        } finally {
            delete(work);
        }
    }

    /** One save each time it runs, the n-th save being given its number. */
    private interface Edit {
        void save(int n) throws IOException;
    }

    /** The milliseconds from each save to its report: wall time, and the CPU time of the process meanwhile. */
    private record Times(List<Long> wall, List<Long> cpu) {
    }

    private Times measure(int edits, Edit edit) throws IOException, InterruptedException {
        Times times = new Times(new ArrayList<>(), new ArrayList<>());
        for (int n = 0; n < edits; n++) {
            Thread.sleep(SETTLE_MILLIS);
            int seen = rounds.completed();
            edit.save(n);
            long saved = System.nanoTime();
            long cpu = processCpuNanos();
            rounds.awaitAfter(seen);
            times.wall().add((System.nanoTime() - saved) / 1_000_000);
            times.cpu().add((processCpuNanos() - cpu) / 1_000_000);
        }
        return times;
    }

    /** The CPU time of this process, all threads: on a busy machine it says what the wall time cannot. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Mistypes an amount of the first article that states it, and puts it right on the next save. */
    private static Edit factsEdits(Path facts) throws IOException {
        Path claims;
        try (Stream<Path> files = Files.walk(facts.resolve("articles"))) {
            claims = files.filter(f -> f.getFileName().toString().equals("claims.yaml")).sorted()
                    .filter(f -> read(f).contains(AMOUNT)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no article states " + AMOUNT + " to edit"));
        }
        return n -> Files.writeString(claims, n % 2 == 0 ? read(claims).replace(AMOUNT, MISTYPED)
                : read(claims).replace(MISTYPED, AMOUNT), StandardCharsets.UTF_8);
    }

    /** Adds a comment line to each DRL file in turn. */
    private static Edit ruleEdits(Path rules) throws IOException {
        List<Path> drl;
        try (Stream<Path> files = Files.list(rules)) {
            drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        return n -> {
            Path file = drl.get(n % drl.size());
            Files.writeString(file, read(file) + "// bench edit " + n + "\n", StandardCharsets.UTF_8);
        };
    }

    private static void print(PrintWriter out, String what, Times times, long goal) {
        long median = median(times.wall());
        out.printf("watch, %-11s %3d edits: save to report median %4d ms, p90 %4d ms, max %4d ms; CPU median %4d ms"
                        + " (goal: median under %d ms: %s)%n", what + ":", times.wall().size(), median,
                percentile(times.wall(), 0.9), percentile(times.wall(), 1), median(times.cpu()), goal,
                median < goal ? "met" : "missed");
        out.flush();
    }

    private static long median(List<Long> values) {
        return percentile(values, 0.5);
    }

    /** The nearest-rank percentile. */
    private static long percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
