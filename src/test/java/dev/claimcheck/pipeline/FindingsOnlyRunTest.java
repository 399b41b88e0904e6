package dev.claimcheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.bench.CorpusGenerator;
import dev.claimcheck.engine.Progress;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.report.Reporter;
import dev.claimcheck.report.Reporters;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run for reports that print only findings drops passing checks as batches finish: every such report is
 * exactly the one the full run writes, with planted errors, a waiver, an unused waiver, a baseline and a
 * publisher.
 */
class FindingsOnlyRunTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    static Path tmp;
    private static Pipeline pipeline;
    private static List<String> planted;

    @BeforeAll
    static void corpus() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(13, 0.2).write(corpus, 20, BundledRules.FACTS.resolve("reference"));
        planted = Files.readAllLines(corpus.resolve("planted.txt"));
        String[] waived = planted.get(0).split(" ");
        Files.writeString(corpus.resolve("waivers.yaml"), """
                waivers:
                  - claim: %s
                    rule: %s
                    reason: kept as published
                    owner: data desk
                    expires: 2027-01-01
                  - claim: %s
                    rule: weekday-matches-date
                    reason: accepts nothing
                    owner: data desk
                    expires: 2027-01-01
                """.formatted(waived[0], waived[1], waived[0]), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("publisher.yaml"), """
                publisher:
                  name: a desk
                  url: https://desk.example.org/
                  review_url: https://desk.example.org/checks/{article}/#{claim}
                """, StandardCharsets.UTF_8);
        pipeline = new Pipeline(RunSettings.of(corpus, BundledRules.RULES));
    }

    private static List<Reporter> findingsOnlyFormats() {
        return Reporters.names().stream().map(name -> Reporters.named(name).orElseThrow())
                .filter(reporter -> !reporter.printsPassingChecks()).toList();
    }

    @Test
    void theFormatsThatPrintOnlyFindingsSaySo() {
        assertEquals(List.of("sarif", "junit", "github", "tap", "markdown", "claimreview"),
                findingsOnlyFormats().stream().map(Reporter::name).toList());
    }

    @Test
    void everyFindingsOnlyReportIsTheFullRunsReport() throws Exception {
        assertTrue(planted.size() > 10, "the corpus has planted errors: " + planted.size());
        VerifyResult plain = pipeline.verify(new VerifyResult.Judgement(null, TODAY));
        Baseline all = Baseline.of(plain);
        Baseline half = new Baseline(all.version(), all.tool(), IntStream.range(0, all.findings().size())
                .filter(i -> i % 2 == 0).mapToObj(all.findings()::get).toList());
        for (VerifyResult.Judgement judgement : List.of(new VerifyResult.Judgement(null, TODAY),
                new VerifyResult.Judgement(half, TODAY))) {
            VerifyResult full = pipeline.verify(judgement);
            VerifyResult lean = pipeline.verifyFindings(judgement, Progress.NONE);
            for (Reporter format : findingsOnlyFormats()) {
                assertEquals(report(format, full), report(format, lean), format.name());
            }
            assertEquals(full.summary(), lean.summary());
            assertEquals(full.claims().stream().map(ClaimResult::verdict).toList(),
                    lean.claims().stream().map(ClaimResult::verdict).toList());
            assertTrue(checks(lean) < checks(full) / 2, "passing checks were dropped: " + checks(lean) + " of " + checks(full));
        }
    }

    private static long checks(VerifyResult result) {
        return result.claims().stream().mapToLong(c -> c.checks().size()).sum();
    }

    private static String report(Reporter format, VerifyResult result) throws Exception {
        StringWriter out = new StringWriter();
        format.write(result, out);
        return out.toString();
    }
}
