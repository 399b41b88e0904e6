package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.judge.VerifyResult;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
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
                "deficit-rise: failure change-matches-levels / " + SampleResult.CHANGE_MESSAGE,
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
                "deficit-rise: skipped inconsistent, known: in the baseline",
                "bessent-former: skipped inconsistent, waived: the article means his former post at a fund"),
                outcomes(root));
    }

    @Test
    void anUncheckedClaimIsSkipped() throws Exception {
        Element root = suites(new SampleResult().withoutThePass());
        assertEquals("3 tests, 2 failures, 1 skipped", counts(root));
        assertEquals("deficit-2024: skipped unchecked: no rule could check this claim", outcomes(root).get(0));
    }
}
