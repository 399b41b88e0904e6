package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.TinyFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format claimreview} on a corpus of one article: a weekday claim with a long quote that holds,
 * one whose weekday is wrong, a level claim no reference value in force can check (unchecked), a
 * draft, and one whose record is wrong (its weekday is not the one its quote states). The output is expanded by a JSON-LD processor against the schema.org context of
 * src/test/resources/jsonld, and checked for what Google documents for ClaimReview: required
 * claimReviewed, reviewRating (with alternateName) and url; recommended author, datePublished,
 * itemReviewed (a Claim with appearance, author and datePublished) and the rating's scale.
 */
class ClaimReviewTest {
    private static final String SCHEMA = "http://schema.org/";
    private static final String LONG_QUOTE = "On Friday (Feb 21) the two ministers held a long call about trade,"
            + " currencies, fentanyl and the tariffs each side has raised";
    private static final String TEXT = """
            Ministers talk

            %s since January.
            They had met on Thursday (Feb 21) as well.
            That year, exports were US$1.2 billion in 2025.
            They spoke again on Saturday (Feb 22).
            Talks resume on Monday (Feb 24).
            """.formatted(LONG_QUOTE);
    private static final String CLAIMS = """
            - {id: long-call, kind: weekday, quote: "%s", date: 2025-02-21, weekday: friday}
            - {id: wrong-day, kind: weekday, quote: on Thursday (Feb 21), date: 2025-02-21, weekday: thursday}
            - {id: exports-2025, kind: level, quote: exports were US$1.2 billion in 2025, metric: s, period: 2025, amount: US$1.2 billion}
            - {id: saturday, kind: weekday, draft: true, quote: on Saturday (Feb 22), date: 2025-02-22, weekday: saturday}
            - {id: misread, kind: weekday, quote: on Monday (Feb 24), date: 2025-02-24, weekday: tuesday}
            """.formatted(LONG_QUOTE);
    static final String PUBLISHER = """
            publisher:
              name: Desk Checks
              url: https://checks.example.org/
              logo: https://checks.example.org/logo.png
              review_url: https://checks.example.org/{article}/#{claim}
            """;

    @TempDir
    Path tmp;
    Path facts;

    @BeforeEach
    void corpus() throws IOException {
        facts = new TinyFacts(tmp).article("2025-02-22", CLAIMS, TEXT)
                // s 2025 is published a year after the article: no value in force to check exports-2025 with.
                .reference("s.yaml", """
                        sources: [{id: stats, publisher: p, title: t, url: u, date: 2026-02}]
                        series: [{id: s, title: t, observations: [
                          {period: 2025, amount: US$1.2 billion, published: 2026-02, source: stats, status: official}]}]
                        """)
                .dir();
        Path claims = facts.resolve("articles/a/claims.yaml");
        Files.writeString(claims, Files.readString(claims).replace("outlet: o,",
                "outlet: Wire Service, url: https://news.example.com/ministers-talk,"));
        Files.writeString(facts.resolve("publisher.yaml"), PUBLISHER);
    }

    static Cli verify(Path facts, String... extra) {
        return Cli.run(Stream.concat(Stream.of("verify", "--facts", facts.toString(), "--no-fail", "--today",
                "2026-11-29", "--format", "claimreview"), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void aReviewPerCheckedClaimNotADraftWithEveryPropertyGoogleDocumentsAsFullSchemaOrgIris() throws Exception {
        Path json = tmp.resolve("report.json");
        Cli cli = verify(facts, "--format", "json=" + json);
        assertEquals(0, cli.exitCode(), cli.toString());
        List<String> verdicts = new ArrayList<>();
        new ObjectMapper().readTree(json.toFile()).get("claims").forEach(c -> verdicts.add(c.get("id").asText() + " "
                + c.get("verdict").asText() + (c.get("draft").asBoolean() ? " draft" : "")));
        assertEquals(List.of("long-call consistent", "wrong-day inconsistent", "exports-2025 unchecked",
                "saturday consistent draft", "misread inconsistent"), verdicts, "the corpus is what this test is about");
        JsonNode reviews = expand(cli.out());
        assertEquals(2, reviews.size(), "long-call and wrong-day; not the unchecked one, the draft, nor misread, whose"
                + " claim says Tuesday where its quote says Monday: "  + reviews);
        for (JsonNode review : reviews) {
            assertEquals(SCHEMA + "ClaimReview", review.get("@type").get(0).asText());
            assertEquals("2026-11-29", value(review, "datePublished"));
            assertTrue(iri(review, "url").startsWith("https://checks.example.org/a/#"), review.toString());
            JsonNode author = only(review, "author");
            assertEquals(SCHEMA + "Organization", author.get("@type").get(0).asText());
            assertEquals("Desk Checks", value(author, "name"));
            assertEquals("https://checks.example.org/", iri(author, "url"));
            assertEquals("https://checks.example.org/logo.png", iri(author, "logo"));
            JsonNode rating = only(review, "reviewRating");
            assertEquals(SCHEMA + "Rating", rating.get("@type").get(0).asText());
            assertEquals(5, only(rating, "bestRating").get("@value").asInt());
            assertEquals(1, only(rating, "worstRating").get("@value").asInt());
            JsonNode claim = only(review, "itemReviewed");
            assertEquals(SCHEMA + "Claim", claim.get("@type").get(0).asText());
            assertEquals("2025-02-22", value(claim, "datePublished"));
            assertEquals("Wire Service", value(only(claim, "author"), "name"));
            JsonNode appearance = only(claim, "appearance");
            assertEquals(SCHEMA + "CreativeWork", appearance.get("@type").get(0).asText());
            assertEquals("https://news.example.com/ministers-talk", iri(appearance, "url"));
            assertEquals("2025-02-22", value(appearance, "datePublished"));
        }
        JsonNode holds = review(reviews, "long-call");
        assertEquals("On Friday (Feb 21) the two ministers held a long call about trade\u2026",
                value(holds, "claimReviewed"), "cut at a word boundary, under 75 characters with the ellipsis");
        assertRating(holds, 5, "Consistent");
        JsonNode fails = review(reviews, "wrong-day");
        assertEquals("on Thursday (Feb 21)", value(fails, "claimReviewed"));
        assertRating(fails, 1, "Inconsistent");
    }

    @Test
    void theCommandLineNamesThePublisherOverThePublisherFile() throws Exception {
        Cli cli = verify(facts, "--publisher-name", "Other Desk", "--publisher-url", "https://other.example.net/checks");
        assertEquals(0, cli.exitCode(), cli.toString());
        JsonNode review = review(expand(cli.out()), "wrong-day");
        assertEquals("Other Desk", value(only(review, "author"), "name"));
        assertEquals("https://other.example.net/checks", iri(only(review, "author"), "url"));
        assertEquals("https://checks.example.org/a/#wrong-day", iri(review, "url"), "the file's review_url stays");
    }

    @Test
    void withoutAPublisherFileTheCommandLineNamesOneAndReviewsAreAtItsUrlWithTheClaimIdAsFragment() throws Exception {
        Files.delete(facts.resolve("publisher.yaml"));
        Cli cli = verify(facts, "--publisher-name", "Other Desk", "--publisher-url", "https://other.example.net/checks");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertEquals("https://other.example.net/checks#wrong-day", iri(review(expand(cli.out()), "wrong-day"), "url"));
    }

    @Test
    void withNoPublisherAtAllTheFormatRefusesInOneLine() throws IOException {
        Files.delete(facts.resolve("publisher.yaml"));
        Cli cli = verify(facts, "--publisher-name", "Only A Name");
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals("claimcheck: cannot write: --format claimreview needs a publisher: add publisher.yaml (name, url)"
                + " to the facts directory, or give --publisher-name and --publisher-url", cli.err().strip());
    }

    @Test
    void aPublisherUrlThatIsNotAWebAddressIsRefused() {
        Cli cli = verify(facts, "--publisher-url", "javascript:alert(1)");
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals("claimcheck: --publisher-url takes a web address in full (https://...), not 'javascript:alert(1)'",
                cli.err().strip());
    }

    @Test
    void aMistakeInThePublisherFileIsBadInputAtItsLineAndColumn() throws IOException {
        Files.writeString(facts.resolve("publisher.yaml"), PUBLISHER.replace("url: https://checks.example.org/\n",
                "url: checks.example.org\n"));
        Cli cli = verify(facts);
        assertEquals(2, cli.exitCode(), cli.toString());
        assertEquals(facts.resolve("publisher.yaml") + ":3:8: field 'url': 'checks.example.org' is not a web address:"
                + " write it in full, https://...\nclaimcheck: 1 problem; nothing was checked", cli.err().strip());
        assertEquals("", cli.out());
    }

    @Test
    void stringsFromFactsCannotCloseAnHtmlScriptElement() throws Exception {
        Path claims = facts.resolve("articles/a/claims.yaml");
        Files.writeString(claims, Files.readString(claims).replace("outlet: Wire Service,", "outlet: '</script><!--',"));
        Cli cli = verify(facts);
        assertEquals(0, cli.exitCode(), cli.toString());
        assertFalse(cli.out().contains("<") || cli.out().contains(">") || cli.out().contains("&"), cli.out());
        assertEquals("</script><!--", value(only(review(expand(cli.out()), "wrong-day"), "itemReviewed", "author"), "name"));
    }

    private static void assertRating(JsonNode review, int value, String name) {
        JsonNode rating = only(review, "reviewRating");
        assertEquals(value, only(rating, "ratingValue").get("@value").asInt());
        assertEquals(name, value(rating, "alternateName"));
    }

    private static JsonNode review(JsonNode reviews, String claimId) {
        for (JsonNode review : reviews) {
            if (iri(review, "url").endsWith("#" + claimId)) {
                return review;
            }
        }
        throw new AssertionError("no review of " + claimId + " in " + reviews);
    }

    /** The one value of a property, through a path of properties, each written once. */
    private static JsonNode only(JsonNode node, String... properties) {
        JsonNode at = node;
        for (String property : properties) {
            JsonNode values = at.get(SCHEMA + property);
            assertTrue(values != null && values.size() == 1, "one " + SCHEMA + property + " in " + at);
            at = values.get(0);
        }
        return at;
    }

    private static String value(JsonNode node, String property) {
        return only(node, property).get("@value").asText();
    }

    private static String iri(JsonNode node, String property) {
        return only(node, property).get("@id").asText();
    }

    /** The document expanded by Titanium; the only context it can load is the one shipped with the tests. */
    static JsonNode expand(String jsonLd) throws JsonLdError, IOException {
        DocumentLoader offline = (url, options) -> {
            if (!Set.of("https://schema.org", "https://schema.org/").contains(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
            }
            try (InputStream context = ClaimReviewTest.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld")) {
                return JsonDocument.of(MediaType.JSON_LD, context);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        };
        String expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(offline).get().toString();
        return new ObjectMapper().readTree(expanded);
    }
}
