package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Event;
import dev.claimcheck.model.Identity;
import dev.claimcheck.model.Office;
import dev.claimcheck.model.Ranking;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a reference file under facts/reference/: its sources, series, offices, events, rankings and
 * identities. A value may cite a source listed in any reference file (a {@code sources.yaml} may hold
 * them all); FactsLoader resolves citations once every file is read.
 */
final class ReferenceFileReader extends YamlFileReader {
    private static final List<String> KEYS = List.of("sources", "series", "offices", "events", "rankings", "identities");

    ReferenceFileReader(ObjectMapper mapper, InputFiles files) {
        super(Mappers.exactAmounts(mapper), files);
    }

    List<Problem> read(Path file, FactBase into) {
        FactBase read = new FactBase();
        List<Problem> problems = YamlDocument.read(mapper, files, file, KEYS, (doc, key) -> {
            switch (key) {
                case "sources" -> read.getSources().addAll(doc.readList(Source.class, "source"));
                case "series" -> read.getSeries().addAll(doc.readList(Series.class, "series"));
                case "offices" -> read.getOffices().addAll(doc.readList(Office.class, "office"));
                case "events" -> read.getEvents().addAll(doc.readList(Event.class, "event"));
                case "identities" -> read.getIdentities().addAll(doc.readList(Identity.class, "identity"));
                default -> read.getRankings().addAll(doc.readList(Ranking.class, "ranking"));
            }
        });
        read.getSeries().forEach(s -> s.getObservations().forEach(o -> o.setSeries(s.getId())));
        read.getSeries().forEach(s -> s.getRecords().forEach(r -> r.setSeries(s.getId())));
        read.getOffices().forEach(Office::linkTerms);
        addReference(read, into);
        return problems;
    }

    /** Adds the reference data of one fact base to another. */
    static void addReference(FactBase read, FactBase into) {
        into.getSources().addAll(read.getSources());
        into.getSeries().addAll(read.getSeries());
        into.getOffices().addAll(read.getOffices());
        into.getEvents().addAll(read.getEvents());
        into.getRankings().addAll(read.getRankings());
        into.getIdentities().addAll(read.getIdentities());
    }
}
