package dev.claimcheck.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import dev.claimcheck.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a reference file under facts/reference/: its sources and its series of published values. */
final class ReferenceFileReader {
    private static final List<String> KEYS = List.of("sources", "series");

    private final ObjectMapper mapper;

    ReferenceFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    List<Problem> read(Path file, FactBase into) {
        String name = DisplayPaths.of(file);
        List<Source> sources = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (YamlDocument doc = new YamlDocument(mapper, TextFiles.read(file), name)) {
            doc.forEachKey(KEYS, key -> {
                if (key.equals("sources")) {
                    sources.addAll(doc.readList(Source.class, "source"));
                } else {
                    series.addAll(doc.readList(Series.class, "series"));
                }
            });
            problems.addAll(doc.problems());
        } catch (InputException e) {
            return e.getProblems();
        } catch (IOException e) {
            return List.of(new Problem(SourceLocation.of(name), "cannot read: " + e.getMessage()));
        }
        series.forEach(s -> s.getObservations().forEach(o -> o.setSeries(s.getId())));
        into.getSources().addAll(sources);
        into.getSeries().addAll(series);
        return problems;
    }
}
