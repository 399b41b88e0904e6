package dev.claimcheck.ruletest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.RunResult;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.load.InputFiles;
import dev.claimcheck.pipeline.Pipeline;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.load.Mappers;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs the rule test cases stored beside the rules ({@code rules/tests/*.yaml}). Each case's facts are
 * written to a temporary facts directory and loaded the way {@code verify} loads them, so a case tests
 * the rule exactly as it will run.
 */
public final class RuleTestRunner {
    public static final String TESTS_DIR = "tests";
    static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2025, 2, 22);

    private final CompiledRules rules;
    private final ObjectMapper reader = Mappers.yaml();
    private final ObjectMapper writer = YAMLMapper.builder().addModule(new JavaTimeModule()).build();

    public RuleTestRunner(CompiledRules rules) {
        this.rules = rules;
    }

    /** Reads every test file of the directory; problems with the files themselves are input errors. */
    public List<Path> testFiles(Path testsDir) throws InputException {
        if (!Files.isDirectory(testsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(testsDir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(List.of(new Problem(SourceLocation.of(DisplayPaths.of(testsDir)),
                    "cannot list: " + e.getMessage())));
        }
    }

    public RuleTestFile read(Path file) throws InputException {
        try {
            return reader.readValue(Files.readString(file, StandardCharsets.UTF_8), RuleTestFile.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(List.of(new Problem(new SourceLocation(DisplayPaths.of(file),
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr()),
                    e.getOriginalMessage().lines().findFirst().orElse("invalid test file"))));
        } catch (IOException e) {
            throw new InputException(List.of(new Problem(SourceLocation.of(DisplayPaths.of(file)),
                    "cannot read: " + e.getMessage())));
        }
    }

    public CaseResult run(String fileName, RuleTestFile file, RuleTestCase testCase) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("claimcheck-case");
            writeFacts(dir, Path.of(fileName).toAbsolutePath().getParent(), file, testCase);
            RunResult run = Pipeline.fire(rules, dir);
            return judge(fileName, testCase, run);
        } catch (InputException e) {
            return failed(fileName, testCase, e.getProblems().stream().map(p -> "cannot load the case's facts: "
                    + p.message()).toList());
        } catch (RuleRunException | IllegalArgumentException e) {
            return failed(fileName, testCase, List.of(e.getMessage()));
        } catch (java.nio.file.NoSuchFileException e) {
            return failed(fileName, testCase, List.of("no such reference file: " + e.getFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private CaseResult judge(String fileName, RuleTestCase testCase, RunResult run) {
        Set<String> known = rules.rulesById().keySet();
        List<String> failures = new ArrayList<>();
        Stream.of(testCase.expect().stream().map(ExpectedCheck::rule), testCase.fires().stream(),
                        testCase.silent().stream(), testCase.idle().stream())
                .flatMap(s -> s)
                .filter(id -> !known.contains(id))
                .distinct()
                .forEach(id -> failures.add("unknown rule id '" + id + "'"));
        for (ExpectedCheck expected : testCase.expect()) {
            if (run.checks().stream().noneMatch(expected::matches)) {
                failures.add("expected  " + expected + ", but it was not reported");
            }
        }
        Set<String> underTest = rulesUnderTest(fileName);
        for (Check finding : run.checks().stream().filter(Check::isFinding).toList()) {
            boolean ours = underTest.isEmpty() || underTest.contains(finding.rule().id());
            if (ours && testCase.expect().stream().noneMatch(e -> e.matches(finding))) {
                failures.add("unexpected " + ExpectedCheck.describe(finding) + ": " + finding.message());
            }
        }
        testCase.fires().stream().filter(id -> run.firings(id) == 0)
                .forEach(id -> failures.add("expected rule " + id + " to fire, but it did not"));
        testCase.idle().stream().filter(id -> run.firings(id) > 0)
                .forEach(id -> failures.add("expected rule " + id + " not to fire, but it fired "
                        + run.firings(id) + " time(s)"));
        for (String id : testCase.silent()) {
            run.checks().stream().filter(c -> c.isFinding() && c.rule().id().equals(id))
                    .forEach(c -> failures.add("expected rule " + id + " to stay silent, but it reported "
                            + ExpectedCheck.describe(c)));
        }
        return new CaseResult(fileName, testCase.name(), failures, run.firings(), firedRules(testCase),
                quietRules(testCase));
    }

    /**
     * The rules of the DRL file a test file is named after (tests/amounts.yaml tests amounts.drl): only
     * their findings must all be expected, so that a case need not foresee what other files' rules say.
     * Empty when no DRL file has the test file's name: then every finding must be expected.
     */
    private Set<String> rulesUnderTest(String testFileName) {
        String drl = Path.of(testFileName).getFileName().toString().replaceFirst("\\.yaml$", ".drl");
        return rules.rules().stream()
                .filter(rule -> Path.of(rule.location().file()).getFileName().toString().equals(drl))
                .map(RuleInfo::id)
                .collect(Collectors.toSet());
    }

    /** Rules this case shows firing: an expected finding, or a derivation it expects. */
    private static List<String> firedRules(RuleTestCase testCase) {
        return Stream.concat(testCase.expect().stream().filter(e -> !e.outcome().equals("pass"))
                        .map(ExpectedCheck::rule), testCase.fires().stream()).distinct().toList();
    }

    /** Rules this case shows staying quiet. */
    private static List<String> quietRules(RuleTestCase testCase) {
        return Stream.concat(testCase.silent().stream(), testCase.idle().stream()).distinct().toList();
    }

    private static CaseResult failed(String fileName, RuleTestCase testCase, List<String> failures) {
        return new CaseResult(fileName, testCase.name(), failures, java.util.Map.of(), List.of(), List.of());
    }

    private void writeFacts(Path dir, Path testsDir, RuleTestFile file, RuleTestCase testCase)
            throws IOException, InputException {
        for (TestArticle article : testCase.allArticles()) {
            writeArticle(dir, testCase, article);
        }
        List<JsonNode> references = new ArrayList<>();
        JsonNode given = testCase.reference();
        if (given != null && given.isArray()) {
            given.forEach(references::add);
        } else if (given != null) {
            references.add(given);
        }
        Path referenceDir = Files.createDirectories(dir.resolve("reference"));
        for (int i = 0; i < references.size(); i++) {
            Path target = referenceDir.resolve("case-" + i + ".yaml");
            JsonNode reference = references.get(i);
            if (reference.isTextual() && reference.asText().endsWith(".yaml")) {
                Path source = testsDir.resolve(reference.asText());
                // A fixture file may come from anywhere in the repository of the rules, and nowhere else.
                new InputFiles(testsDir.getParent().getParent(), InputFiles.DEFAULT_MAX_BYTES).check(source);
                Files.copy(source, target);
            } else {
                writer.writeValue(target.toFile(), fixture(file, testCase, reference));
            }
        }
    }

    private void writeArticle(Path dir, RuleTestCase testCase, TestArticle article) throws IOException {
        Path articleDir = dir.resolve("articles").resolve(article.slug());
        if (Files.exists(articleDir)) {
            throw new IllegalArgumentException("two articles of case '" + testCase.name() + "' are named '"
                    + article.slug() + "'");
        }
        Files.createDirectories(articleDir);
        ObjectNode claimsDoc = writer.createObjectNode();
        ObjectNode metadata = claimsDoc.putObject("article");
        metadata.put("title", testCase.name());
        metadata.put("outlet", "rule test");
        metadata.put("published", (article.published() == null ? DEFAULT_PUBLISHED : article.published()).toString());
        claimsDoc.set("claims", article.claims() == null ? writer.createArrayNode() : article.claims());
        writer.writeValue(articleDir.resolve("claims.yaml").toFile(), claimsDoc);
        Files.writeString(articleDir.resolve("article.txt"), articleText(article), StandardCharsets.UTF_8);
    }

    private static String articleText(TestArticle article) {
        if (article.text() != null) {
            return article.text();
        }
        if (article.claims() == null) {
            return "";
        }
        return StreamSupport.stream(article.claims().spliterator(), false)
                .map(claim -> claim.path("quote").asText(""))
                .collect(Collectors.joining("\n"));
    }

    /** A reference given inline, or by the name of one of the file's fixtures. */
    private static JsonNode fixture(RuleTestFile file, RuleTestCase testCase, JsonNode reference) {
        if (reference.isTextual()) {
            JsonNode fixture = file.fixtures().get(reference.asText());
            if (fixture == null) {
                throw new IllegalArgumentException("unknown fixture '" + reference.asText() + "' in case '"
                        + testCase.name() + "'");
            }
            return fixture;
        }
        return reference;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
