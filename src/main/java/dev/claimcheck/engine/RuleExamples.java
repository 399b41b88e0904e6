package dev.claimcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.load.Mappers;
import dev.claimcheck.problem.DisplayPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An example finding for each rule, for its help, taken from the rule test cases beside the rules
 * ({@code rules/tests/*.yaml}): the first case that expects the rule to fail (or leave undecided) a claim
 * with a quote. The files are read as plain YAML trees; one that cannot be read gives no examples here
 * ({@code rules test} reports it).
 */
final class RuleExamples {
    private RuleExamples() {
    }

    private static final Map<Path, Map<String, String>> READ = new ConcurrentHashMap<>();

    /** The examples of the test cases beside a DRL file, read once per process. */
    static Map<String, String> besideRules(String drlFile) {
        Path dir;
        try {
            Path parent = Path.of(drlFile).toAbsolutePath().getParent();
            dir = parent == null ? null : parent.resolve("tests");
        } catch (InvalidPathException e) {
            return Map.of();
        }
        return dir == null ? Map.of() : READ.computeIfAbsent(dir, RuleExamples::read);
    }

    /** Rule id to a sentence naming the test case, the claim's quote and the outcome. */
    static Map<String, String> read(Path testsDir) {
        Map<String, String> examples = new HashMap<>();
        if (!Files.isDirectory(testsDir)) {
            return examples;
        }
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ofFile(file).forEach(examples::putIfAbsent);
            }
        } catch (IOException e) {
            return examples;
        }
        return examples;
    }

    private static Map<String, String> ofFile(Path file) {
        Map<String, String> examples = new HashMap<>();
        JsonNode tree;
        try {
            tree = Mappers.yaml().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return examples;
        }
        for (JsonNode testCase : tree == null ? List.<JsonNode>of() : list(tree.path("cases"))) {
            Map<String, String> quotes = quotesOf(testCase);
            for (JsonNode expected : list(testCase.path("expect"))) {
                String outcome = expected.path("outcome").asText();
                String quote = quotes.get(expected.path("claim").asText());
                if ((outcome.equals("fail") || outcome.equals("undecided")) && quote != null) {
                    examples.putIfAbsent(expected.path("rule").asText(), "In the test case \""
                            + testCase.path("name").asText() + "\" (" + DisplayPaths.of(file) + "), the claim quoting \""
                            + quote + "\" " + (outcome.equals("fail") ? "fails this check." : "leaves it undecided."));
                }
            }
        }
        return examples;
    }

    /** Claim id to quote, for the case's own claims and those of its further articles. */
    private static Map<String, String> quotesOf(JsonNode testCase) {
        Map<String, String> quotes = new HashMap<>();
        Stream.concat(Stream.of(testCase), list(testCase.path("articles")).stream())
                .flatMap(article -> list(article.path("claims")).stream())
                .filter(claim -> claim.path("quote").isTextual())
                .forEach(claim -> quotes.putIfAbsent(claim.path("id").asText(), claim.path("quote").asText()));
        return quotes;
    }

    private static List<JsonNode> list(JsonNode node) {
        return node.isArray() ? StreamSupport.stream(node.spliterator(), false).toList() : List.of();
    }
}
