package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TAP version 14 for the hand-made result: one test per claim. */
class TapReporterTest {
    private static final TapReporter TAP = new TapReporter();

    /** The YAML block under an inconsistent claim of the sample with one error finding, and its waiver if any. */
    private static String diagnostics(int line, String rule, String message, String waiverLine) {
        return diagnostics("", line, rule, message, waiverLine);
    }

    /** The same block for a draft, which says so. */
    private static String draftDiagnostics(int line, String rule, String message) {
        return diagnostics("  draft: true\n", line, rule, message, "");
    }

    private static String diagnostics(String draftLine, int line, String rule, String message, String waiverLine) {
        return """
                  ---
                  verdict: inconsistent
                %s  file: facts/articles/2025-02-22-sample/claims.yaml
                  line: %d
                  findings:
                  - rule: %s
                    severity: error
                    message: "%s"
                %s  ...
                """.formatted(draftLine, line, rule, message, waiverLine);
    }

    @Test
    void anInconsistentClaimIsNotOkWithItsFindingsInAYamlBlock() {
        assertEquals("""
                TAP version 14
                1..3
                ok 1 - 2025-02-22-sample/deficit-2024
                not ok 2 - 2025-02-22-sample/deficit-rise (draft)
                """ + draftDiagnostics(19, "change-matches-levels", SampleResult.CHANGE_MESSAGE) + """
                not ok 3 - 2025-02-22-sample/bessent-former
                """ + diagnostics(27, "office-tenure", SampleResult.TENURE_MESSAGE, ""),
                SampleResult.render(TAP, new SampleResult().plain()));
    }

    @Test
    void findingsInTheBaselineOrWaivedMakeTodoTests() {
        assertEquals("""
                TAP version 14
                1..3
                ok 1 - 2025-02-22-sample/deficit-2024
                not ok 2 - 2025-02-22-sample/deficit-rise (draft) # TODO known: in the baseline
                """ + draftDiagnostics(19, "change-matches-levels", SampleResult.CHANGE_MESSAGE) + """
                not ok 3 - 2025-02-22-sample/bessent-former # TODO waived: the article means his former post at a fund
                """ + diagnostics(27, "office-tenure", SampleResult.TENURE_MESSAGE,
                        "    waived: the article means his former post at a fund\n"),
                SampleResult.render(TAP, new SampleResult().judged()));
    }

    @Test
    void anUncheckedClaimIsSkipped() {
        List<String> lines = SampleResult.render(TAP, new SampleResult().withoutThePass()).lines().toList();
        assertEquals("ok 1 - 2025-02-22-sample/deficit-2024 # SKIP unchecked", lines.get(2));
        assertEquals("not ok 2 - 2025-02-22-sample/deficit-rise (draft)", lines.get(3));
    }

    /** Perl's TAP::Parser on a TAP file: its counts, every test point and every YAML block it read, as JSON. */
    private static final String TAP_PARSER = """
            use strict; use warnings;
            use TAP::Parser; use JSON::PP;
            open my $fh, '<:encoding(UTF-8)', $ARGV[0] or die "$ARGV[0]: $!";
            my $parser = TAP::Parser->new({ tap => do { local $/; <$fh> } });
            my (@tests, @yaml);
            while (my $result = $parser->next) {
                if ($result->is_test) {
                    push @tests, { description => $result->description, directive => $result->directive,
                                   explanation => $result->explanation };
                } elsif ($result->is_yaml) {
                    push @yaml, $result->data;
                }
            }
            print JSON::PP->new->ascii->canonical->encode({ planned => $parser->tests_planned,
                run => $parser->tests_run, failed => [$parser->failed], todo => [$parser->todo],
                skipped => [$parser->skipped], parse_errors => [$parser->parse_errors],
                tests => \\@tests, yaml => \\@yaml });
            """;
    /** What TAP::Parser before 3.48 (Perl before 5.40) says of "TAP version 14"; it goes on as TAP 13. */
    private static final String VERSION_14_UNKNOWN = "TAP specified version 14 but we don't know about versions later than 13";

    @Test
    void nastyTextForgesNoTestPointNoDirectiveAndNoYamlForPerlsTapParser(@TempDir Path dir) throws Exception {
        assumeTrue(perlWithTapParser(), "perl with TAP::Parser and JSON::PP is not installed");
        VerifyResult result = new NastyResult().result();
        String tap = SampleResult.render(TAP, result);
        JsonNode parsed = tapParser(dir, tap);

        List<String> errors = new ArrayList<>();
        parsed.path("parse_errors").forEach(e -> errors.add(e.asText()));
        errors.remove(VERSION_14_UNKNOWN);
        assertEquals(List.of(), errors);
        assertEquals(result.claims().size(), parsed.path("planned").asInt());
        assertEquals(result.claims().size(), parsed.path("run").asInt());
        assertEquals(numbers(result, c -> c.verdict() == Verdict.INCONSISTENT && c.failsTheGate()), ints(parsed.path("failed")));
        assertEquals(numbers(result, c -> c.verdict() == Verdict.INCONSISTENT && !c.failsTheGate()), ints(parsed.path("todo")));
        assertEquals(numbers(result, c -> c.verdict() == Verdict.UNCHECKED), ints(parsed.path("skipped")));
        assertEquals(List.of(1), ints(parsed.path("failed")), "the failing claim fails, its '# TODO' notwithstanding");
        assertEquals(List.of(2), ints(parsed.path("todo")));
        assertEquals(List.of(4), ints(parsed.path("skipped")));

        JsonNode tests = parsed.path("tests");
        for (int i = 0; i < NastyResult.WORDS.size(); i++) {
            assertEquals("- " + OneLine.of(NastyResult.SLUG + "/" + NastyResult.id(NastyResult.WORDS.get(i))),
                    unescape(tests.path(i).path("description").asText()));
        }
        assertEquals(List.of("", "TODO", "", "SKIP"), List.of(tests.path(0).path("directive").asText(),
                tests.path(1).path("directive").asText(), tests.path(2).path("directive").asText(),
                tests.path(3).path("directive").asText()));
        assertEquals(OneLine.of("waived: reason " + NastyResult.NASTY), unescape(tests.path(1).path("explanation").asText()));

        // The YAML blocks, as TAP::Parser read them and as a YAML parser reads them: the same, every value one line.
        List<JsonNode> yaml = yamlBlocks(tap);
        assertEquals(2, parsed.path("yaml").size());
        assertEquals(2, yaml.size());
        for (int i = 0; i < yaml.size(); i++) {
            assertEquals(leaves(yaml.get(i)), leaves(parsed.path("yaml").path(i)));
        }
        assertEquals(OneLine.of(NastyResult.PATH), yaml.get(0).path("file").asText());
        JsonNode failing = yaml.get(0).path("findings").path(0);
        assertEquals(OneLine.of(NastyResult.RULE.id()), failing.path("rule").asText());
        assertEquals(OneLine.of("failing " + NastyResult.NASTY), failing.path("message").asText());
        assertEquals(OneLine.of("reason " + NastyResult.NASTY), yaml.get(1).path("findings").path(0).path("waived").asText());
    }

    private static boolean perlWithTapParser() {
        try {
            Process check = new ProcessBuilder("perl", "-MTAP::Parser", "-MJSON::PP", "-e", "1")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode tapParser(Path dir, String tap) throws IOException, InterruptedException {
        // As claimcheck's output stream writes it: what UTF-8 cannot encode (an unpaired surrogate) as '?'.
        Path file = Files.write(dir.resolve("claims.tap"), tap.getBytes(StandardCharsets.UTF_8));
        Path script = Files.writeString(dir.resolve("parse.pl"), TAP_PARSER, StandardCharsets.UTF_8);
        File errors = dir.resolve("stderr.txt").toFile();
        Process perl = new ProcessBuilder("perl", script.toString(), file.toString()).redirectError(errors).start();
        byte[] out = perl.getInputStream().readAllBytes();
        assertTrue(perl.waitFor(60, TimeUnit.SECONDS), "TAP::Parser did not finish");
        assertEquals(0, perl.exitValue(), Files.readString(errors.toPath()));
        return new ObjectMapper().readTree(out);
    }

    /** The numbers of the tests (claims) that meet a condition. */
    private static List<Integer> numbers(VerifyResult result, Predicate<ClaimResult> condition) {
        return IntStream.range(0, result.claims().size()).filter(i -> condition.test(result.claims().get(i)))
                .mapToObj(i -> i + 1).toList();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }

    /** A description or reason as TAP 14 reads it: "\\" a backslash, "\#" a '#'. */
    private static String unescape(String text) {
        return text.replaceAll("\\\\([\\\\#])", "$1");
    }

    /** Each YAML diagnostic block of a TAP document, read by a YAML parser. */
    private static List<JsonNode> yamlBlocks(String tap) throws IOException {
        List<JsonNode> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : tap.lines().toList()) {
            if (line.equals("  ---")) {
                block = new StringBuilder();
            } else if (line.equals("  ...")) {
                blocks.add(new YAMLMapper().readTree(block.toString()));
                block = null;
            } else if (block != null) {
                assertTrue(line.startsWith("  "), line);
                block.append(line.substring(2)).append('\n');
            }
        }
        return blocks;
    }

    /** Every scalar of a tree as "path=text", sorted: YAMLish reads every scalar as text. */
    private static List<String> leaves(JsonNode node) {
        List<String> leaves = new ArrayList<>();
        collect("", node, leaves);
        return leaves.stream().sorted().toList();
    }

    private static void collect(String path, JsonNode node, List<String> leaves) {
        if (node.isValueNode()) {
            leaves.add(path + "=" + node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path + "." + field.getKey(), field.getValue(), leaves);
            }
        }
    }
}
