package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimcheck.TinyFacts;
import dev.claimcheck.model.Publisher;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** facts/publisher.yaml: read into the fact base, and each mistake a one-line problem at its place. */
class PublisherFileTest {
    @TempDir
    Path tmp;

    private Path facts(String publisherYaml) throws IOException {
        Path facts = new TinyFacts(tmp).article("2025-02-22", "[]", "x").dir();
        Files.writeString(facts.resolve(Publisher.FILE_NAME), publisherYaml);
        return facts;
    }

    @Test
    void readsNameUrlLogoAndTheReviewUrlTemplate() throws Exception {
        Publisher publisher = new FactsLoader().load(facts("""
                publisher:
                  name: Desk Checks
                  url: https://checks.example.org/
                  logo: https://checks.example.org/logo.png
                  review_url: https://checks.example.org/{article}/#{claim}
                """)).getPublisher();
        assertEquals("Desk Checks", publisher.getName());
        assertEquals("https://checks.example.org/logo.png", publisher.getLogo());
        assertEquals("https://checks.example.org/a%20b/#c%C3%A9%23", publisher.reviewUrlOf("a b", "c\u00e9#"));
    }

    @Test
    void withoutATemplateAReviewIsAtThePublishersUrlWithTheClaimIdAsFragment() throws Exception {
        Publisher publisher = new FactsLoader().load(facts("publisher: {name: n, url: 'https://x.example/p#top'}\n"))
                .getPublisher();
        assertEquals("https://x.example/p#deficit-2024", publisher.reviewUrlOf("a", "deficit-2024"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "publisher:\\n  name: n\\n  url: unknown\\n"                               | 3:8: field 'url': 'unknown' is not a web address: write it in full, https://...
            "publisher:\\n  name: n\\n  url: https://x.example\\n  logo: logo.png\\n"   | 4:9: field 'logo': 'logo.png' is not a web address: write it in full, https://...
            "publisher:\\n  url: https://x.example\\n"                                 | 2:3: missing required field 'name' in publisher
            "publisher:\\n  name: n\\n  url: https://x.example\\n  nmae: m\\n"          | 4:3: unknown field 'nmae'; did you mean 'name'?
            "publisher:\\n  name: n\\n  url: https://x.example\\n  review_url: https://x.example/all\\n" | 4:15: field 'review_url': no {claim} in it: each claim's review needs its own address, such as https://example.org/checks/{claim}
            "publisher:\\n  name: n\\n  url: https://x.example\\n  review_url: https://x.example/{slug}/{claim}\\n" | 4:15: field 'review_url': unknown placeholder {slug} (known: {claim}, {article})
            "publisher:\\n  name: ' '\\n  url: https://x.example\\n"                  | 2:9: field 'name': empty; write the publisher's name
            "publishers:\\n  name: n\\n"                                               | 1:1: unknown top-level key 'publishers'; did you mean 'publisher'? (expected publisher)
            "# nothing yet\\n"                                                         | 2:1: the file is empty
            """)
    void eachMistakeIsOneProblemAtItsLineAndColumn(String yaml, String expected) throws IOException {
        Path facts = facts(yaml.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> new FactsLoader().load(facts));
        List<String> problems = e.getProblems().stream().map(Problem::toString).toList();
        assertEquals(List.of(facts.resolve(Publisher.FILE_NAME) + ":" + expected), problems);
    }
}
