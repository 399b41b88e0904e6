package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads only {@code reference/*.yaml} of a facts directory, for commands that need the reference data
 * but not the articles (an article being drafted has no claims yet, which the full loader refuses).
 */
public final class ReferenceLoader {
    private ReferenceLoader() {
    }

    public static FactBase load(Path factsDir) throws InputException {
        Path dir = factsDir.resolve(FactsLayout.REFERENCE);
        if (!Files.isDirectory(dir)) {
            throw TextFiles.single(SourceLocation.of(DisplayPaths.of(dir)), "no such reference directory");
        }
        InputFiles files = new InputFiles(factsDir, InputFiles.DEFAULT_MAX_BYTES);
        ReferenceFileReader reader = new ReferenceFileReader(Mappers.yaml(InputFiles.DEFAULT_MAX_BYTES), files);
        FactBase facts = new FactBase();
        List<Problem> problems = new ArrayList<>();
        for (Path file : yamlFiles(dir)) {
            problems.addAll(reader.read(file, facts));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return facts;
    }

    private static List<Path> yamlFiles(Path dir) throws InputException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw TextFiles.single(SourceLocation.of(DisplayPaths.of(dir)), "cannot be read: " + e.getMessage());
        }
    }
}
