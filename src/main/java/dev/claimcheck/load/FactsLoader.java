package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.Suggestions;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Cited;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Event;
import dev.claimcheck.model.Office;
import dev.claimcheck.model.Series;
import dev.claimcheck.model.Source;
import dev.claimcheck.problem.SourceLocation;
import dev.claimcheck.model.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a facts directory: {@code articles/SLUG/claims.yaml} (with {@code article.txt} beside it) and
 * {@code reference/*.yaml}. Reports every problem of every file together, then fails.
 */
public final class FactsLoader {
    /** How a facts directory is read: the size limit of one file, and whether an empty corpus is allowed. */
    public record Options(long maxFileBytes, boolean allowEmpty) {
        public static Options defaults() {
            return new Options(InputFiles.DEFAULT_MAX_BYTES, false);
        }
    }

    private final Options options;
    private final ObjectMapper mapper;

    public FactsLoader() {
        this(Options.defaults());
    }

    public FactsLoader(Options options) {
        this.options = options;
        this.mapper = Mappers.yaml(options.maxFileBytes());
    }

    /** One article's facts and the problems met reading them, before they are merged. */
    private record ArticleRead(FactBase facts, List<Problem> problems) {
    }

    public FactBase load(Path factsDir) throws InputException {
        if (!Files.isDirectory(factsDir)) {
            throw TextFiles.single(SourceLocation.of(DisplayPaths.of(factsDir)), "no such facts directory");
        }
        InputFiles files = new InputFiles(factsDir, options.maxFileBytes());
        FactsLayout layout = new FactsLayout(factsDir, options.allowEmpty());
        FactBase facts = new FactBase();
        List<Problem> problems = new ArrayList<>(layout.problems());
        ClaimsFileReader claimsReader = new ClaimsFileReader(mapper, files);
        // Articles are independent: read them in parallel, then merge in folder order.
        List<ArticleRead> perArticle = layout.claimsFiles().parallelStream().map(file -> {
            FactBase one = new FactBase();
            return new ArticleRead(one, claimsReader.read(file, one));
        }).toList();
        for (ArticleRead one : perArticle) {
            facts.getArticles().addAll(one.facts().getArticles());
            facts.getClaims().addAll(one.facts().getClaims());
            problems.addAll(one.problems());
        }
        ReferenceFileReader referenceReader = new ReferenceFileReader(mapper, files);
        for (Path file : layout.referenceFiles()) {
            problems.addAll(referenceReader.read(file, facts));
        }
        if (layout.waivers() != null) {
            problems.addAll(YamlDocument.read(mapper, files, layout.waivers(), List.of("waivers"),
                    (doc, key) -> facts.getWaivers().addAll(doc.readList(Waiver.class, "waiver"))));
        }
        if (layout.publisher() != null) {
            problems.addAll(PublisherFileReader.read(mapper, files, layout.publisher(), facts));
        }
        problems.addAll(crossCheck(facts));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return facts;
    }

    /**
     * Checks that span objects or files: unique ids, and citations that resolve. Sources form one
     * registry across the reference files, so a value may cite a source listed in another file.
     */
    private static List<Problem> crossCheck(FactBase facts) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(uniqueIds(facts.getClaims(), Claim::getId, Claim::getLocation, "claim"));
        problems.addAll(uniqueIds(facts.getSources(), Source::getId, Source::getLocation, "source"));
        Map<String, Source> sourcesById = new HashMap<>();
        facts.getSources().forEach(source -> sourcesById.putIfAbsent(source.getId(), source));
        for (Cited fact : facts.getCitedFacts()) {
            problems.addAll(RequiredFields.check(fact, fact.getLocation(), () -> "this entry"));
            Source source = sourcesById.get(fact.getSource());
            if (source == null && fact.getSource() != null) {
                problems.add(new Problem(fact.getLocation(), "unknown source '" + fact.getSource() + "'"
                        + Suggestions.didYouMean(fact.getSource(), sourcesById.keySet())
                        + ": every reference value cites a source listed under 'sources:' in any reference file"));
            }
            fact.setCitation(source);
        }
        problems.addAll(uniqueIds(facts.getEvents(), Event::getId, Event::getLocation, "event"));
        problems.addAll(uniqueIds(facts.getOffices(), Office::getId, Office::getLocation, "office"));
        problems.addAll(uniqueIds(facts.getSeries(), Series::getId, Series::getLocation, "series"));
        problems.addAll(UnitShapes.check(facts));
        problems.addAll(IdentityChecks.check(facts));
        problems.addAll(ReferenceUnits.check(facts));
        return problems;
    }

    private static <T> List<Problem> uniqueIds(List<T> items, Function<T, String> id,
                                               Function<T, SourceLocation> location, String what) {
        List<Problem> problems = new ArrayList<>();
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first != null && id.apply(item) != null) {
                problems.add(new Problem(location.apply(item), "duplicate " + what + " id '" + id.apply(item)
                        + "', first used at " + location.apply(first)));
            }
        }
        return problems;
    }

}
