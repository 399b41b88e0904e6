package dev.claimcheck.report;

import dev.claimcheck.io.Documents;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.Verdict;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.Claim;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML, as CI systems read test results: one test suite per article, one test case per claim
 * (classname the article, name the claim id), a failure for each inconsistent claim with its findings,
 * and unchecked claims as skipped.
 * <p>
 * Every text from facts and rules is made one line ({@link OneLine#of}): besides keeping each
 * attribute and each finding of a failure on one line, that replaces every character XML 1.0 does
 * not allow (controls other than tab, newline and carriage return, U+FFFE, U+FFFF, unpaired
 * surrogates) with a visible escape, so the document always parses. It is written whole or not at all.
 */
public final class JunitReporter implements Reporter {
    private final Lazy<XmlMapper> mapper = new Lazy<>(() -> XmlMapper.builder()
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build());

    @Override
    public String name() {
        return "junit";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        // Made in full before any of it is written: a failure leaves no half document behind.
        StringWriter document = new StringWriter();
        Documents.write(mapper.get(), suites(result), document);
        out.write(document.toString());
        out.flush();
    }

    static TestSuites suites(VerifyResult result) {
        Map<String, List<ClaimResult>> byArticle = result.claims().stream().collect(
                Collectors.groupingBy(r -> r.claim().getArticle(), LinkedHashMap::new, Collectors.toList()));
        List<TestSuite> suites = byArticle.entrySet().stream()
                .map(e -> suite(OneLine.of(e.getKey()), e.getValue()))
                .toList();
        return new TestSuites("claimcheck", count(suites, TestSuite::tests), count(suites, TestSuite::failures),
                count(suites, TestSuite::skipped), suites);
    }

    private static TestSuite suite(String article, List<ClaimResult> claims) {
        List<TestCase> cases = claims.stream().map(JunitReporter::testCase).toList();
        int failures = (int) cases.stream().filter(c -> c.failure() != null).count();
        int skipped = (int) cases.stream().filter(c -> c.skipped() != null).count();
        return new TestSuite(article, cases.size(), failures, 0, skipped, cases);
    }

    private static TestCase testCase(ClaimResult result) {
        Claim claim = result.claim();
        Failure failure = null;
        Skipped skipped = null;
        if (result.verdict() == Verdict.INCONSISTENT && !result.failsTheGate()) {
            // Accepted on purpose (waiver) or known before this change (baseline): not a failure here either.
            skipped = new Skipped(OneLine.of("inconsistent, " + result.acceptedBecause()));
        } else if (result.verdict() == Verdict.INCONSISTENT) {
            List<Finding> errors = result.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            String body = result.findings().stream()
                    .map(f -> OneLine.of(f.severity().word() + " " + f.rule().id() + ": " + f.message()
                            + (f.isWaived() ? " [waived]" : "")))
                    .collect(Collectors.joining("\n"));
            failure = new Failure(errors.isEmpty() ? "inconsistent" : OneLine.of(errors.get(0).message()),
                    errors.isEmpty() ? "inconsistent" : OneLine.of(errors.get(0).rule().id()), body);
        } else if (result.verdict() == Verdict.UNCHECKED) {
            skipped = new Skipped("unchecked: no rule could check this claim");
        }
        // A draft's name says so: a reviewer sees which tests are machine-proposed claims.
        return new TestCase(OneLine.of(claim.getArticle()), OneLine.of(claim.getId()) + (result.draft() ? " (draft)" : ""),
                OneLine.of(claim.getLocation().file()), claim.getLocation().line(), failure, skipped);
    }

    private static int count(List<TestSuite> suites, java.util.function.ToIntFunction<TestSuite> field) {
        return suites.stream().mapToInt(field).sum();
    }

    @JacksonXmlRootElement(localName = "testsuites")
    record TestSuites(@JacksonXmlProperty(isAttribute = true) String name,
                      @JacksonXmlProperty(isAttribute = true) int tests,
                      @JacksonXmlProperty(isAttribute = true) int failures,
                      @JacksonXmlProperty(isAttribute = true) int skipped,
                      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testsuite")
                      List<TestSuite> suites) {
    }

    record TestSuite(@JacksonXmlProperty(isAttribute = true) String name,
                     @JacksonXmlProperty(isAttribute = true) int tests,
                     @JacksonXmlProperty(isAttribute = true) int failures,
                     @JacksonXmlProperty(isAttribute = true) int errors,
                     @JacksonXmlProperty(isAttribute = true) int skipped,
                     @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testcase")
                     List<TestCase> cases) {
    }

    record TestCase(@JacksonXmlProperty(isAttribute = true) String classname,
                    @JacksonXmlProperty(isAttribute = true) String name,
                    @JacksonXmlProperty(isAttribute = true) String file,
                    @JacksonXmlProperty(isAttribute = true) int line,
                    Failure failure,
                    Skipped skipped) {
    }

    record Failure(@JacksonXmlProperty(isAttribute = true) String message,
                   @JacksonXmlProperty(isAttribute = true) String type,
                   @JacksonXmlText String text) {
    }

    record Skipped(@JacksonXmlProperty(isAttribute = true) String message) {
    }
}
