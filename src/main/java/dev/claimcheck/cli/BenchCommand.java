package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.bench.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck bench}: the parts of the benchmark that run inside claimcheck's jar (see docs/benchmarks.md). */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark helpers: generate a corpus, parse it with Jackson alone, check planted errors.")
final class BenchCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "generate", description = "Writes a synthetic facts directory with planted errors.")
    int generate(@Option(names = "--articles", required = true, paramLabel = "N") int articles,
                 @Option(names = "--out", required = true, paramLabel = "DIR") Path out,
                 @Option(names = "--error-rate", defaultValue = "0.01", paramLabel = "P") double errorRate,
                 @Option(names = "--seed", defaultValue = "20250222", paramLabel = "S") long seed,
                 @Option(names = "--reference", defaultValue = "facts/reference", paramLabel = "DIR") Path reference)
            throws IOException {
        long claims = new CorpusGenerator(seed, errorRate).write(out, articles, reference);
        spec.commandLine().getOut().println("wrote " + articles + " articles, " + claims + " claims to " + out);
        return ExitCode.OK.code();
    }

    @Command(name = "parse", description = "Parses every YAML file under DIR with Jackson, nothing else: the floor.")
    int parse(@Parameters(paramLabel = "DIR") Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        AtomicLong nodes = new AtomicLong();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        files.parallelStream().forEach(file -> {
            try {
                JsonNode tree = yaml.readTree(file.toFile());
                nodes.addAndGet(tree.size());
                Files.readString(file.resolveSibling("article.txt"));
            } catch (IOException e) {
                nodes.addAndGet(0);
            }
        });
        spec.commandLine().getOut().println("parsed " + files.size() + " files");
        return ExitCode.OK.code();
    }

    @Command(name = "planted", description = "Checks that every planted error of a corpus is among the findings"
            + " of a 'verify --format github' output.")
    int planted(@Parameters(index = "0", paramLabel = "CORPUS") Path corpus,
                @Parameters(index = "1", paramLabel = "GITHUB_OUTPUT") Path output) throws IOException {
        Set<String> found = new HashSet<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            int title = line.indexOf(",title=");
            int message = line.indexOf("::", 2);
            if (line.startsWith("::error") && title > 0 && message > title) {
                String rule = line.substring(title + 7, message);
                String claim = line.substring(message + 2, line.indexOf(':', message + 2));
                found.add(claim + " " + rule);
            }
        }
        List<String> planted = Files.readAllLines(corpus.resolve("planted.txt"), StandardCharsets.UTF_8);
        List<String> missed = planted.stream().filter(p -> !found.contains(p)).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println("planted " + planted.size() + ", found " + (planted.size() - missed.size()) + ", missed "
                + missed.size());
        missed.stream().limit(20).forEach(m -> out.println("  missed " + m));
        return missed.isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    @Command(name = "watch", description = "Times verify --watch, from a file's save to the new report, on a copy of"
            + " the facts and rules: facts edits, then rule edits; prints medians and 90th percentiles.")
    int watch(@Option(names = "--edits", defaultValue = "20", paramLabel = "N") int edits,
              @Option(names = "--facts", defaultValue = "facts", paramLabel = "DIR") Path facts,
              @Option(names = "--rules", defaultValue = "rules", paramLabel = "DIR") Path rules)
            throws IOException, InterruptedException {
        return new WatchBench().run(facts, rules, edits, spec.commandLine().getOut());
    }
}
