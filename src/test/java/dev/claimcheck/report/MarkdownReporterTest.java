package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.VerifyResult.Judgement;
import dev.claimcheck.model.OfficeClaim;
import dev.claimcheck.model.YamlFacts;
import dev.claimcheck.problem.SourceLocation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The Markdown summary of the hand-made results, exactly, and as a CommonMark renderer reads it. */
class MarkdownReporterTest {
    private static final MarkdownReporter MARKDOWN = new MarkdownReporter();
    private static final Parser PARSER = Parser.builder().build();
    private static final String EVIL = "<script>alert(1)</script> | cell [x](javascript:alert(1)) *b* _i_ `c` &lt; $x$ @team";

    private static final String COUNTS = """
            ## claimcheck: 3 claims, 2 inconsistent

            | | count |
            |---|---:|
            | claims | 3 |
            | inconsistent | 2 |
            | consistent | 1 |
            | undecided | 0 |
            | unchecked | 0 |
            | error findings | %d |
            | warning findings | %d |
            | info findings | 0 |
            | drafts | 1 |
            """;
    private static final String DEFICIT_RISE = "- **inconsistent (draft)** deficit-rise at"
            + " [facts/articles/2025-02-22-sample/claims.yaml:19](facts/articles/2025-02-22-sample/claims.yaml#L19):"
            + " change-matches-levels: US\\$20 billion \\[claim deficit-rise\\] = change 2023 to 2024 (US\\$295.4 billion"
            + " \\[us-china-goods-deficit 2024\\] − US\\$279.1 billion \\[us-china-goods-deficit 2023\\] = US\\$16.3 ± 0.1"
            + " billion): fails";
    private static final String BESSENT_FORMER = "- **inconsistent** bessent-former at"
            + " [facts/articles/2025-02-22-sample/claims.yaml:27](facts/articles/2025-02-22-sample/claims.yaml#L27):"
            + " office-tenure: Scott Bessent held us-treasury-secretary on 2025-02-22: current, not former";

    @Test
    void countsThenEachClaimNotConsistentWithItsReasonAndLine() {
        assertEquals(COUNTS.formatted(2, 0) + """

                ### Claims to look at

                %s
                %s

                """.formatted(DEFICIT_RISE, BESSENT_FORMER), SampleResult.render(MARKDOWN, new SampleResult().plain()));
    }

    @Test
    void withABaselineCountsNewUnchangedAndFixedAndSaysWhyAnErrorDoesNotFail() {
        assertEquals(COUNTS.formatted(1, 1) + """
                | waived findings | 1 |
                | new since the baseline | 1 |
                | unchanged, in the baseline | 1 |
                | fixed since the baseline | 1 |

                ### Claims to look at

                %s (known: in the baseline)
                %s (waived: the article means his former post at a fund)

                ### Fixed since the baseline

                - quote-in-article on deficit-2024: the quote is not in the article

                """.formatted(DEFICIT_RISE, BESSENT_FORMER), SampleResult.render(MARKDOWN, new SampleResult().judged()));
    }

    @Test
    void theReasonIsTheErrorToFixNotOneThatFollowsFromIt() {
        SampleResult sample = new SampleResult();
        RuleInfo quoteRule = new RuleInfo("quote-supports-value", Severity.ERROR, "The quote states the value", "",
                new SourceLocation("rules/quotes.drl", 3, 1), List.of(), "", true);
        Check quote = new Check(quoteRule, sample.yesNoFailure.claim(), Outcome.FAIL, Severity.ERROR,
                "the claim's tenure is former, but the quote says current", null);
        VerifyResult result = new VerifyResult(sample.facts, List.of(sample.pass, sample.yesNoFailure, quote),
                List.of(SampleResult.LEVEL_RULE, SampleResult.TENURE_RULE, quoteRule),
                new Judgement(null, SampleResult.TODAY));
        String line = SampleResult.render(MARKDOWN, result).lines()
                .filter(l -> l.contains("bessent-former")).findFirst().orElseThrow();
        assertTrue(line.endsWith("#L27): quote-supports-value: the claim's tenure is former, but the quote says current"),
                line);
    }

    @Test
    void rendersATableAndRelativeLinksToEachClaimsLine() {
        Node document = PARSER.parse(SampleResult.render(MARKDOWN, new SampleResult().plain()));
        List<String> table = tableRows(document);
        assertEquals(List.of("| | count |", "|---|---:|"), table.subList(0, 2), "a header and a delimiter row");
        assertEquals(11, table.size(), "a row per count");
        assertTrue(table.stream().allMatch(row -> row.matches("\\|.*\\|")), table.toString());
        assertEquals(List.of(SampleResult.CLAIMS_FILE + "#L19", SampleResult.CLAIMS_FILE + "#L27"), links(document));
    }

    @Test
    void maliciousIdsQuotesMessagesAndPathsRenderInert() {
        SampleResult sample = new SampleResult();
        OfficeClaim evil = YamlFacts.read(OfficeClaim.class, """
                id: '%s'
                kind: office
                quote: '%s'
                person: Scott Bessent
                office: us-treasury-secretary
                tenure: former
                """.formatted(EVIL, EVIL));
        evil.setArticle(sample.facts.getArticles().get(0));
        String path = "javascript:alert(1)//" + EVIL + "/claims.yaml";
        evil.setLocation(new SourceLocation(path, 33, 5));
        sample.facts.getClaims().add(evil);
        Check check = new Check(SampleResult.TENURE_RULE, evil, Outcome.FAIL, Severity.ERROR, EVIL, null);
        List<Check> checks = List.of(sample.pass, sample.comparisonFailure, sample.yesNoFailure, check);
        VerifyResult result = new VerifyResult(sample.facts, checks, SampleResult.RULES,
                new Judgement(null, SampleResult.TODAY));

        Node document = PARSER.parse(SampleResult.render(MARKDOWN, result));
        assertInert(document);
        assertEquals(List.of(SampleResult.CLAIMS_FILE + "#L19", SampleResult.CLAIMS_FILE + "#L27", path + "#L33"),
                links(document).stream().map(MarkdownReporterTest::decoded).toList());
        String html = HtmlRenderer.builder().build().render(document);
        assertTrue(html.contains("office-tenure: " + EVIL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
                "the message shows as written: " + html);
    }

    @Test
    void theNastyResultRendersInertWithALinkPerClaimAndNoLineACiLogActsOn() {
        VerifyResult result = new NastyResult().result();
        String markdown = SampleResult.render(MARKDOWN, result);
        NastyResult.safeLines(markdown);
        Node document = PARSER.parse(markdown);
        assertInert(document);
        assertEquals(List.of(NastyResult.PATH + "#L10", NastyResult.PATH + "#L17", NastyResult.PATH + "#L31"),
                links(document).stream().map(MarkdownReporterTest::decoded).toList());
    }

    @Test
    void escapedTextReadsBackAsOneLineOfPlainText() {
        Random random = new Random(17);
        String alphabet = "\\`*_[]<>|~$&@!()#:=-+.x \n";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder("x");
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = OneLine.of(text.toString()).strip();
            Node paragraph = PARSER.parse(MarkdownReporter.text(text.toString())).getFirstChild();
            assertTrue(paragraph instanceof Paragraph, text.toString());
            StringBuilder read = new StringBuilder();
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                assertTrue(child instanceof Text, "only text in " + MarkdownReporter.text(text.toString()));
                read.append(((Text) child).getLiteral());
            }
            assertEquals(expected, read.toString().strip());
        }
    }

    @Test
    void aPathBecomesARelativeUrlWithNoSchemeOrHost() {
        assertEquals("facts/a%20b/claims.yaml", MarkdownReporter.relativeUrl("facts/a b/claims.yaml"));
        assertEquals("javascript%3Aalert%281%29/c.yaml", MarkdownReporter.relativeUrl("javascript:alert(1)/c.yaml"));
        assertEquals(".//evil.example/c.yaml", MarkdownReporter.relativeUrl("//evil.example/c.yaml"));
    }

    /** No HTML reaches the page, and every link is relative: no scheme, no host, not from the root. */
    private static void assertInert(Node document) {
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }
        });
        assertEquals(List.of(), html, "no raw HTML");
        for (String link : links(document)) {
            assertFalse(link.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || link.startsWith("/"), "not relative: " + link);
        }
        String rendered = HtmlRenderer.builder().build().render(document);
        assertFalse(rendered.contains("<script"), rendered);
        assertFalse(rendered.toLowerCase().contains("href=\"javascript:"), rendered);
    }

    private static List<String> links(Node document) {
        List<String> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
            }
        });
        return links;
    }

    /** The lines of the paragraph that holds the table: CommonMark without the GFM extension reads it as text. */
    private static List<String> tableRows(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph && block.getFirstChild() instanceof Text first
                    && first.getLiteral().startsWith("| | count |")) {
                List<String> rows = new ArrayList<>();
                for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text text) {
                        rows.add(text.getLiteral());
                    }
                }
                return rows;
            }
        }
        throw new AssertionError("no table");
    }

    private static String decoded(String url) {
        return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
