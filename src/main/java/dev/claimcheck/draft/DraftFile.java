package dev.claimcheck.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.load.ReferenceLoader;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of {@code claimcheck draft}: finds article.txt and its claims.yaml, takes the article's date
 * from the existing claims.yaml or from the caller, and makes the text to write: a new file, or the
 * existing file with the drafts whose ids and quotes it lacks appended (a reviewed claim is never
 * rewritten or moved).
 */
public final class DraftFile {
    public static final String ARTICLE = "article.txt";
    public static final String CLAIMS = "claims.yaml";
    private final Path articleDir;

    /** A request that cannot be carried out as given; told as one line. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    public DraftFile(Path articleDirOrText) {
        this.articleDir = articleDirOrText.getFileName() != null
                && articleDirOrText.getFileName().toString().equals(ARTICLE)
                ? articleDirOrText.toAbsolutePath().getParent() : articleDirOrText;
    }

    public Path claimsFile() {
        return articleDir.resolve(CLAIMS);
    }

    /** The claims.yaml text the drafts make, new or merged. */
    public String draft(Path factsDir, LocalDate published, boolean merge) throws Refused, InputException, IOException {
        Path article = articleDir.resolve(ARTICLE);
        if (!Files.isRegularFile(article)) {
            throw new Refused(article + ": no such article");
        }
        String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n");
        JsonNode existing = Files.exists(claimsFile()) && merge ? new ObjectMapper(new YAMLFactory())
                .readTree(claimsFile().toFile()) : null;
        LocalDate date = published != null ? published : publishedIn(existing);
        Drafter drafter = new Drafter(ReferenceLoader.load(factsDir));
        if (existing == null) {
            return DraftYaml.newFile(date, drafter.draft(text, date, Set.of()));
        }
        Set<String> ids = new HashSet<>();
        Set<String> quotes = new HashSet<>();
        existing.path("claims").forEach(c -> {
            ids.add(c.path("id").asText());
            quotes.add(c.path("quote").asText());
        });
        List<Drafter.Draft> fresh = drafter.draft(text, date, ids).stream()
                .filter(d -> !quotes.contains(d.quote())).toList();
        String old = Files.readString(claimsFile(), StandardCharsets.UTF_8);
        return (old.endsWith("\n") ? old : old + "\n") + DraftYaml.claims(fresh);
    }

    private LocalDate publishedIn(JsonNode existing) throws Refused {
        String date = existing == null ? "" : existing.path("article").path("published").asText();
        if (date.isEmpty()) {
            throw new Refused("no article date: give --published DATE (the date of the article)");
        }
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refused(claimsFile() + ": article.published '" + date + "' is not a date: give --published DATE");
        }
    }
}
