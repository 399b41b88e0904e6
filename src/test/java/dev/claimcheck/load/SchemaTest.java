package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.claimcheck.BundledRules;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimKinds;
import dev.claimcheck.model.Publisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas describe the bundled facts, and agree with the model the loader reads. */
class SchemaTest {
    private static final Path SCHEMAS = Path.of("docs/schema");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) throws IOException {
        return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(name)), InputFormat.JSON);
    }

    private static List<String> validate(Schema schema, Path file) throws IOException {
        return schema.validate(Files.readString(file), InputFormat.YAML).stream()
                .map(Error::toString).map(m -> file + ": " + m).toList();
    }

    @Test
    void theBundledFactsFollowTheSchemas() throws IOException {
        List<String> errors = new ArrayList<>();
        Schema claims = schema("claims.schema.json");
        Schema reference = schema("reference.schema.json");
        try (Stream<Path> files = Files.walk(BundledRules.FACTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString();
                Schema schema = name.equals("claims.yaml") ? claims
                        : name.equals(Publisher.FILE_NAME) ? schema("publisher.schema.json") : reference;
                errors.addAll(validate(schema, file));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Path bad = Files.createTempFile("claims", ".yaml");
        Files.writeString(bad, """
                article: {title: t, outlet: o, published: 2025-02-22}
                claims:
                  - {id: x, kind: weekday, quote: q, date: 2025-02-21, weekdya: friday}
                  - {id: y, kind: levle, quote: q}
                """);
        List<String> errors = validate(schema("claims.schema.json"), bad);
        assertFalse(errors.isEmpty());
        assertFalse(errors.stream().noneMatch(e -> e.contains("weekdya")), String.join("\n", errors));
    }

    /** As the loader: a vintage is a day or a month, and a reference value carries no hedge. */
    @Test
    void theReferenceSchemaTakesMonthVintagesAndRefusesHedges() throws IOException {
        String observation = "series: [{id: s, title: t, observations: [{period: 2025, amount: %s, published: %s,"
                + " source: c, status: official}]}]\n";
        Path file = Files.createTempFile("reference", ".yaml");
        Schema reference = schema("reference.schema.json");
        Files.writeString(file, observation.formatted("US$1 billion", "2026-02"));
        assertEquals(List.of(), validate(reference, file));
        for (String[] bad : new String[][] {{"about US$1 billion", "2026-02"}, {"US$1 billion", "2026"}}) {
            Files.writeString(file, observation.formatted(bad[0], bad[1]));
            assertEquals(1, validate(reference, file).size(), String.join(", ", bad));
        }
    }

    @Test
    void theSchemaListsExactlyTheModelsClaimKinds() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(SCHEMAS.resolve("claims.schema.json").toFile()).get("$defs");
        List<String> kinds = ClaimKinds.names();
        List<String> inEnum = new ArrayList<>();
        defs.get("claim").get("properties").get("kind").get("enum").forEach(k -> inEnum.add(k.asText()));
        assertEquals(kinds, inEnum, "the kind enum of claims.schema.json");
        List<String> branches = new ArrayList<>();
        defs.get("claim").get("allOf").forEach(branch -> {
            String kind = branch.at("/if/properties/kind/const").asText();
            assertEquals("#/$defs/claim_" + kind, branch.at("/then/$ref").asText(), "the allOf branch of " + kind);
            branches.add(kind);
        });
        assertEquals(kinds, branches, "the allOf branches of claims.schema.json");
        List<String> defined = new ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("claim_")) {
                defined.add(name.substring("claim_".length()));
            }
        });
        assertEquals(kinds, defined, "the claim_KIND definitions of claims.schema.json");
    }

    @Test
    void everyClaimKindHasTheSchemaOfItsClass() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(SCHEMAS.resolve("claims.schema.json").toFile()).get("$defs");
        ObjectMapper yaml = Mappers.yaml();
        for (Class<? extends Claim> type : ClaimKinds.types()) {
            String kind = ClaimKinds.name(type);
            JsonNode kindSchema = defs.get("claim_" + kind);
            Set<String> inSchema = new TreeSet<>();
            kindSchema.get("properties").fieldNames().forEachRemaining(inSchema::add);
            JavaType javaType = yaml.constructType(type);
            BeanDescription description = yaml.getDeserializationConfig().introspect(javaType);
            Set<String> inModel = new TreeSet<>();
            description.findProperties().stream().filter(p -> p.couldDeserialize() || p.hasField())
                    .map(BeanPropertyDefinition::getName).forEach(inModel::add);
            inModel.add("kind");
            assertEquals(inModel, inSchema, "the schema of kind '" + kind + "' lists the fields of " + type.getSimpleName());
        }
    }

    @Test
    void theReferenceSchemaDescribesExchangeRates() throws IOException {
        Path file = Files.createTempFile("reference", ".yaml");
        String series = """
                series:
                  - id: cny-per-usd-central-parity
                    title: Central parity
                    rate: {unit: yuan, per: %s}
                    observations:
                      - {period: 2024-12-31, amount: "7.1884", published: 2024-12-31, source: s, status: secondary}
                """;
        Files.writeString(file, series.formatted("US$"));
        assertEquals(List.of(), validate(schema("reference.schema.json"), file));
        Files.writeString(file, series.formatted("yen"));
        assertFalse(validate(schema("reference.schema.json"), file).isEmpty());
    }

    @Test
    void thePublisherSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Path file = Files.createTempFile("publisher", ".yaml");
        Schema publisher = schema("publisher.schema.json");
        for (String bad : List.of("url: unknown", "url: https://x.example\n  nmae: n",
                "url: https://x.example\n  review_url: https://x.example/all",
                "url: https://x.example\n  review_url: https://x.example/{slug}/{claim}")) {
            Files.writeString(file, "publisher:\n  name: n\n  " + bad + "\n");
            assertFalse(validate(publisher, file).isEmpty(), bad);
        }
        Files.writeString(file, "publisher:\n  name: n\n  url: https://x.example\n  review_url: https://x.example/{article}#{claim}\n");
        assertEquals(List.of(), validate(publisher, file));
    }
}
