package dev.claimcheck.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.load.ReferenceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Measures the drafts of the bundled articles against their reviewed claims, and prints both figures. */
class DraftQualityTest {
    @ParameterizedTest
    @ValueSource(strings = {"2025-02-22-bessent-he-lifeng-call", "2025-01-13-china-record-trade-surplus"})
    void draftsCoverTheBundledClaims(String slug) throws Exception {
        Path dir = Path.of("facts/articles", slug);
        JsonNode bundled = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("claims.yaml").toFile());
        LocalDate published = LocalDate.parse(bundled.path("article").path("published").asText());
        List<Drafter.Draft> drafts = new Drafter(ReferenceLoader.load(Path.of("facts")))
                .draft(Files.readString(dir.resolve("article.txt")), published, Set.of());
        int covered = 0;
        int reproduced = 0;
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode claim : bundled.path("claims")) {
            total++;
            String quote = claim.path("quote").asText();
            if (drafts.stream().anyMatch(d -> covers(d.quote(), quote))) {
                covered++;
            }
            if (drafts.stream().anyMatch(d -> d.complete() && sameFields(d, claim))) {
                reproduced++;
            } else {
                missed.add(claim.path("id").asText());
            }
        }
        System.out.printf("draft %s: quotes covered %d/%d (%d%%), reproduced field for field %d/%d (%d%%)%n",
                slug, covered, total, 100 * covered / total, reproduced, total, 100 * reproduced / total);
        System.out.printf("draft %s: not reproduced %s%n", slug, missed);
        // Issue 16's bar: 90% of the bundled quotes covered, 80% of the bundled claims reproduced.
        assertTrue(covered * 100 >= 90 * total, "at least 90% of the bundled quotes are covered");
        assertTrue(reproduced * 100 >= 80 * total, "at least 80% of the bundled claims are reproduced field for field");
    }

    private static boolean covers(String drafted, String bundled) {
        if (drafted.contains(bundled) || bundled.contains(drafted)) {
            return true;
        }
        Set<String> a = new HashSet<>(List.of(drafted.toLowerCase().split("\\W+")));
        List<String> b = List.of(bundled.toLowerCase().split("\\W+"));
        return b.stream().filter(a::contains).count() * 3 >= b.size() * 2;
    }

    /** Same kind and every value field equal; fields naming other claims are not compared (ids differ). */
    private static boolean sameFields(Drafter.Draft draft, JsonNode claim) {
        if (!draft.kind().equals(claim.path("kind").asText())) {
            return false;
        }
        List<String> skip = List.of("id", "kind", "quote", "note", "subject", "object", "part", "whole", "target", "draft");
        List<String> names = new ArrayList<>();
        claim.fieldNames().forEachRemaining(names::add);
        Map<String, Object> fields = draft.fields();
        return names.stream().filter(n -> !skip.contains(n)).allMatch(n -> fields.containsKey(n)
                && normal(fields.get(n).toString()).equals(normal(claim.path(n).isArray()
                        ? claim.path(n).toString() : claim.path(n).asText())));
    }

    private static String normal(String value) {
        return value.toLowerCase().replaceAll("[\\[\\]\" ]", "");
    }
}
