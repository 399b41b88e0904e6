package dev.claimcheck.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Source;
import dev.claimcheck.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a facts directory: {@code articles/SLUG/claims.yaml} (with {@code article.txt} beside it) and
 * {@code reference/*.yaml}. Reports every problem of every file together, then fails.
 */
public final class FactsLoader {
    private final ObjectMapper mapper = Mappers.yaml();

    public FactBase load(Path factsDir) throws InputException {
        if (!Files.isDirectory(factsDir)) {
            throw TextFiles.single(SourceLocation.of(DisplayPaths.of(factsDir)), "no such facts directory");
        }
        FactBase facts = new FactBase();
        List<Problem> problems = new ArrayList<>();
        ClaimsFileReader claimsReader = new ClaimsFileReader(mapper);
        for (Path articleDir : children(factsDir.resolve("articles"), problems)) {
            Path claimsFile = articleDir.resolve(ClaimsFileReader.CLAIMS_FILE);
            if (Files.isDirectory(articleDir) && Files.isRegularFile(claimsFile)) {
                problems.addAll(claimsReader.read(claimsFile, facts));
            }
        }
        ReferenceFileReader referenceReader = new ReferenceFileReader(mapper);
        for (Path file : children(factsDir.resolve("reference"), problems)) {
            if (isYaml(file)) {
                problems.addAll(referenceReader.read(file, facts));
            }
        }
        problems.addAll(crossCheck(facts));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return facts;
    }

    /** Checks that span objects or files: unique ids, and citations that resolve. */
    private static List<Problem> crossCheck(FactBase facts) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Claim> claimsById = new HashMap<>();
        for (Claim claim : facts.getClaims()) {
            Claim first = claimsById.putIfAbsent(claim.getId(), claim);
            if (first != null && claim.getId() != null) {
                problems.add(new Problem(claim.getLocation(), "duplicate claim id '" + claim.getId()
                        + "', first used at " + first.getLocation()));
            }
        }
        Map<String, Source> sourcesById = new HashMap<>();
        for (Source source : facts.getSources()) {
            Source first = sourcesById.putIfAbsent(source.getId(), source);
            if (first != null) {
                problems.add(new Problem(source.getLocation(), "duplicate source id '" + source.getId()
                        + "', first used at " + first.getLocation()));
            }
        }
        for (Observation observation : facts.getObservations()) {
            problems.addAll(RequiredFields.check(observation, observation.getLocation(), "an observation"));
            Source source = sourcesById.get(observation.getSource());
            if (source == null && observation.getSource() != null) {
                problems.add(new Problem(observation.getLocation(), "unknown source '" + observation.getSource() + "'"
                        + Suggestions.didYouMean(observation.getSource(), sourcesById.keySet())
                        + ": every reference value cites a source listed under 'sources:'"));
            }
            observation.setCitation(source);
        }
        return problems;
    }

    private static List<Path> children(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.of(DisplayPaths.of(dir)), "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
