package dev.claimcheck.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Publisher;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads facts/publisher.yaml: one {@code publisher:} mapping (name, url, optional logo and review_url).
 * Each address must be an absolute http or https address, and a review url template must hold
 * {@code {claim}} (each review its own address) and no other placeholder than {@code {article}}.
 */
final class PublisherFileReader {
    private static final String KEY = "publisher";
    private static final String REVIEW_URL = "review_url";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private PublisherFileReader() {
    }

    static List<Problem> read(ObjectMapper mapper, InputFiles files, Path file, FactBase facts) {
        List<Problem> problems = new ArrayList<>(YamlDocument.read(mapper, files, file, List.of(KEY), (doc, key) -> {
            Publisher publisher = doc.readObject(Publisher.class, KEY);
            if (publisher != null) {
                doc.problems().addAll(check(publisher, doc.text()));
                facts.setPublisher(publisher);
            }
        }));
        if (problems.isEmpty() && facts.getPublisher() == null) {
            problems.add(new Problem(SourceLocation.of(DisplayPaths.of(file)),
                    "no 'publisher:' here: write publisher: with name: and url: under it"));
        }
        return problems;
    }

    private static List<Problem> check(Publisher publisher, String text) {
        List<Problem> problems = new ArrayList<>();
        if (publisher.getName() != null && publisher.getName().isBlank()) {
            problems.add(new Problem(valueOf("name", publisher, text), "field 'name': empty; write the publisher's name"));
        }
        checkAddress("url", publisher.getUrl(), publisher, text, problems);
        checkAddress("logo", publisher.getLogo(), publisher, text, problems);
        String template = publisher.getReviewUrl();
        if (template != null) {
            List<String> unknown = PLACEHOLDER.matcher(template).results().map(MatchResult::group)
                    .filter(p -> !p.equals(Publisher.CLAIM) && !p.equals(Publisher.ARTICLE)).toList();
            unknown.forEach(p -> problems.add(new Problem(valueOf(REVIEW_URL, publisher, text), "field '" + REVIEW_URL
                    + "': unknown placeholder " + p + " (known: " + Publisher.CLAIM + ", " + Publisher.ARTICLE + ")")));
            if (!template.contains(Publisher.CLAIM)) {
                problems.add(new Problem(valueOf(REVIEW_URL, publisher, text), "field '" + REVIEW_URL + "': no "
                        + Publisher.CLAIM + " in it: each claim's review needs its own address, such as"
                        + " https://example.org/checks/" + Publisher.CLAIM));
            }
            if (unknown.isEmpty()) {
                checkAddress(REVIEW_URL, template.replace(Publisher.CLAIM, "c").replace(Publisher.ARTICLE, "a"),
                        publisher, text, problems);
            }
        }
        return problems;
    }

    private static void checkAddress(String field, String value, Publisher publisher, String text,
                                     List<Problem> problems) {
        if (value != null && !Publisher.isWebAddress(value)) {
            problems.add(new Problem(valueOf(field, publisher, text), "field '" + field + "': '" + value
                    + "' is not a web address: write it in full, https://..."));
        }
    }

    /** Where the value of a field of the mapping starts: the first "key:" line from the mapping on. */
    private static SourceLocation valueOf(String key, Publisher publisher, String text) {
        SourceLocation mapping = publisher.getLocation();
        Pattern line = Pattern.compile("^(\\s*" + Pattern.quote(key) + "\\s*:\\s*)\\S");
        List<String> lines = text.lines().toList();
        for (int i = Math.max(0, mapping.line() - 1); i < lines.size(); i++) {
            Matcher m = line.matcher(lines.get(i));
            if (m.find()) {
                return new SourceLocation(mapping.file(), i + 1, m.end(1) + 1);
            }
        }
        return mapping;
    }
}
