package dev.claimcheck.load;

import dev.claimcheck.model.Publisher;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import dev.claimcheck.problem.Suggestions;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the files of a facts directory, and refuses what would otherwise be silently left unread: a
 * claims file of another name or one folder too deep, an article folder without claims, a reference
 * file that is not YAML, a facts directory without articles, an unknown entry beside articles/.
 *
 * <pre>
 * facts/articles/SLUG/claims.yaml   facts/articles/SLUG/article.txt
 * facts/reference/NAME.yaml         facts/waivers.yaml (optional)
 * facts/publisher.yaml (optional)
 * </pre>
 */
final class FactsLayout {
    static final String ARTICLES = "articles";
    static final String REFERENCE = "reference";
    private static final List<String> KNOWN = List.of(ARTICLES, REFERENCE, Waiver.FILE_NAME, Publisher.FILE_NAME);

    private final List<Path> claimsFiles = new ArrayList<>();
    private final List<Path> referenceFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Path waivers;
    private Path publisher;
    private int articleFolders;

    FactsLayout(Path factsDir, boolean allowEmpty) {
        for (Path entry : entries(factsDir)) {
            String name = entry.getFileName().toString();
            if (name.equals(ARTICLES) && Files.isDirectory(entry)) {
                articles(entry);
            } else if (name.equals(REFERENCE) && Files.isDirectory(entry)) {
                reference(entry);
            } else if (name.equals(Waiver.FILE_NAME)) {
                waivers = entry;
            } else if (name.equals(Publisher.FILE_NAME)) {
                publisher = entry;
            } else if (!name.startsWith(".") && (Files.isDirectory(entry) || isYamlLike(name))) {
                refuse(entry, "not read: a facts directory holds " + String.join(", ", KNOWN)
                        + Suggestions.didYouMean(name, KNOWN));
            }
        }
        if (articleFolders == 0 && !allowEmpty) {
            refuse(factsDir, Files.isDirectory(factsDir.resolve(ARTICLES))
                    ? "no article in " + ARTICLES + "/: expected " + ARTICLES + "/SLUG/" + ClaimsFileReader.CLAIMS_FILE
                            + " (give --allow-empty to check an empty corpus)"
                    : "no " + ARTICLES + "/ folder: is this a facts directory? Expected " + ARTICLES + "/SLUG/"
                            + ClaimsFileReader.CLAIMS_FILE + " (give --allow-empty to check an empty corpus)");
        }
    }

    List<Path> claimsFiles() {
        return claimsFiles;
    }

    List<Path> referenceFiles() {
        return referenceFiles;
    }

    /** The waivers file, or null when there is none. */
    Path waivers() {
        return waivers;
    }

    /** The publisher file, or null when there is none. */
    Path publisher() {
        return publisher;
    }

    List<Problem> problems() {
        return problems;
    }

    private void articles(Path dir) {
        for (Path article : entries(dir)) {
            String name = article.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            articleFolders++;
            if (!Files.isDirectory(article)) {
                refuse(article, "not read: each article is a folder, " + ARTICLES + "/SLUG/ with "
                        + ClaimsFileReader.CLAIMS_FILE + " and " + ClaimsFileReader.ARTICLE_FILE + " in it");
            } else if (Files.exists(article.resolve(ClaimsFileReader.CLAIMS_FILE))) {
                claimsFiles.add(article.resolve(ClaimsFileReader.CLAIMS_FILE));
            } else {
                refuse(article, whyNoClaims(article));
            }
        }
    }

    /** An article folder without claims.yaml: a file of another spelling, one folder too deep, or none. */
    private String whyNoClaims(Path article) {
        for (Path entry : entries(article)) {
            String name = entry.getFileName().toString();
            if (isYamlLike(name) && name.toLowerCase(Locale.ROOT).startsWith("claim")) {
                return "no " + ClaimsFileReader.CLAIMS_FILE + " in this article folder, but " + name
                        + ": rename it " + ClaimsFileReader.CLAIMS_FILE;
            }
            if (Files.isDirectory(entry) && Files.exists(entry.resolve(ClaimsFileReader.CLAIMS_FILE))) {
                return "no " + ClaimsFileReader.CLAIMS_FILE + " in this article folder, but one a folder deeper, in "
                        + name + "/: an article's files go directly in " + ARTICLES + "/SLUG/";
            }
        }
        return "no " + ClaimsFileReader.CLAIMS_FILE + " in this article folder: every article has its claims in "
                + ARTICLES + "/SLUG/" + ClaimsFileReader.CLAIMS_FILE;
    }

    private void reference(Path dir) {
        for (Path file : entries(dir)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                referenceFiles.add(file);
            } else {
                refuse(file, "not read: reference files are YAML files named NAME.yaml"
                        + (isYamlLike(name) ? " (the extension is written in lower case)" : ""));
            }
        }
    }

    private static boolean isYamlLike(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private void refuse(Path entry, String why) {
        problems.add(new Problem(SourceLocation.of(DisplayPaths.of(entry)), why));
    }

    /** The entries of a directory in name order; a link that loops or a directory that cannot be read is a problem. */
    private List<Path> entries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> usable = new ArrayList<>();
            for (Path entry : entries.sorted().toList()) {
                if (isLinkLoop(entry)) {
                    refuse(entry, "a symbolic link that leads back to itself (a loop); remove or fix the link");
                } else {
                    usable.add(entry);
                }
            }
            return usable;
        } catch (IOException e) {
            refuse(dir, "cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isLinkLoop(Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return false;
        }
        try {
            entry.toRealPath();
            return false;
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().contains("many levels");
        } catch (IOException e) {
            return false;
        }
    }
}
