package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.judge.VerifyResult;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML for the hand-made result, read back: a suite per article, a test case per claim. */
class JunitReporterTest {
    private static Element suites(VerifyResult result) throws Exception {
        String xml = SampleResult.render(new JunitReporter(), result);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** "name: failure type / message" or "name: skipped message" or "name: passed", for each test case. */
    private static List<String> outcomes(Element root) {
        return elements(root, "testcase").stream().map(c -> {
            String name = c.getAttribute("name") + ": ";
            List<Element> failure = elements(c, "failure");
            List<Element> skipped = elements(c, "skipped");
            if (!failure.isEmpty()) {
                return name + "failure " + failure.get(0).getAttribute("type") + " / " + failure.get(0).getAttribute("message");
            }
            return skipped.isEmpty() ? name + "passed" : name + "skipped " + skipped.get(0).getAttribute("message");
        }).toList();
    }

    private static String counts(Element e) {
        return e.getAttribute("tests") + " tests, " + e.getAttribute("failures") + " failures, "
                + e.getAttribute("skipped") + " skipped";
    }

    @Test
    void oneSuitePerArticleOneCasePerClaimAndAFailurePerInconsistentClaim() throws Exception {
        Element root = suites(new SampleResult().plain());
        assertEquals("testsuites", root.getTagName());
        assertEquals("claimcheck", root.getAttribute("name"));
        assertEquals("3 tests, 2 failures, 0 skipped", counts(root));
        List<Element> suites = elements(root, "testsuite");
        assertEquals(1, suites.size());
        assertEquals(SampleResult.SLUG, suites.get(0).getAttribute("name"));
        assertEquals("3 tests, 2 failures, 0 skipped", counts(suites.get(0)));
        assertEquals("0", suites.get(0).getAttribute("errors"));
        assertEquals(List.of("deficit-2024: passed",
                "deficit-rise (draft): failure change-matches-levels / " + SampleResult.CHANGE_MESSAGE,
                "bessent-former: failure office-tenure / " + SampleResult.TENURE_MESSAGE), outcomes(root));
        Element tenure = elements(root, "testcase").get(2);
        assertEquals(SampleResult.SLUG, tenure.getAttribute("classname"));
        assertEquals(SampleResult.CLAIMS_FILE, tenure.getAttribute("file"));
        assertEquals("27", tenure.getAttribute("line"));
        assertEquals("error office-tenure: " + SampleResult.TENURE_MESSAGE,
                elements(tenure, "failure").get(0).getTextContent());
    }

    @Test
    void findingsInTheBaselineOrWaivedAreSkippedNotFailed() throws Exception {
        Element root = suites(new SampleResult().judged());
        assertEquals("3 tests, 0 failures, 2 skipped", counts(root));
        assertEquals(List.of("deficit-2024: passed",
                "deficit-rise (draft): skipped inconsistent, known: in the baseline",
                "bessent-former: skipped inconsistent, waived: the article means his former post at a fund"),
                outcomes(root));
    }

    @Test
    void anUncheckedClaimIsSkipped() throws Exception {
        Element root = suites(new SampleResult().withoutThePass());
        assertEquals("3 tests, 2 failures, 1 skipped", counts(root));
        assertEquals("deficit-2024: skipped unchecked: no rule could check this claim", outcomes(root).get(0));
    }

    @Test
    void nastyTextMakesAWholeDocumentWithOneCasePerClaimForAJdkParser() throws Exception {
        String xml = SampleResult.render(new JunitReporter(), new NastyResult().result());
        assertTrue(xml.codePoints().allMatch(JunitReporterTest::xml10), "only characters XML 1.0 allows");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement();
        assertEquals("4 tests, 1 failures, 2 skipped", counts(root));
        assertEquals(List.of(OneLine.of(NastyResult.SLUG)),
                elements(root, "testsuite").stream().map(e -> e.getAttribute("name")).toList());
        assertEquals(NastyResult.WORDS.stream().map(w -> OneLine.of(NastyResult.id(w))).toList(),
                elements(root, "testcase").stream().map(e -> e.getAttribute("name")).toList());
        Element failure = elements(root, "failure").get(0);
        assertEquals(OneLine.of(NastyResult.RULE.id()), failure.getAttribute("type"));
        assertEquals(OneLine.of("failing " + NastyResult.NASTY), failure.getAttribute("message"));
        assertEquals(OneLine.of("error " + NastyResult.RULE.id() + ": failing " + NastyResult.NASTY),
                failure.getTextContent(), "each finding one line");
        assertEquals(OneLine.of(NastyResult.PATH), elements(root, "testcase").get(0).getAttribute("file"));
        assertEquals(OneLine.of("inconsistent, waived: reason " + NastyResult.NASTY),
                elements(root, "skipped").get(0).getAttribute("message"));
    }

    @Test
    void nastyTextGivesSurefireOneCasePerClaimAndTheFailureCount(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("TEST-claimcheck.xml"),
                SampleResult.render(new JunitReporter(), new NastyResult().result()), StandardCharsets.UTF_8);
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertEquals(1, suites.size());
        ReportTestSuite suite = suites.get(0);
        assertEquals(4, suite.getNumberOfTests());
        assertEquals(1, suite.getNumberOfFailures());
        assertEquals(2, suite.getNumberOfSkipped());
        assertEquals(0, suite.getNumberOfErrors());
        assertEquals(NastyResult.WORDS.stream().map(w -> OneLine.of(NastyResult.id(w))).toList(),
                suite.getTestCases().stream().map(ReportTestCase::getName).toList());
        ReportTestCase failed = suite.getTestCases().get(0);
        assertTrue(failed.hasFailure());
        assertEquals(OneLine.of(NastyResult.RULE.id()), failed.getFailureType());
    }

    /** Whether XML 1.0 allows the character (production [2] Char). */
    private static boolean xml10(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
