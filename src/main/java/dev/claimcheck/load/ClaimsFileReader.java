package dev.claimcheck.load;

import dev.claimcheck.model.FactBase;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.UnclaimedPassage;
import dev.claimcheck.problem.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads facts/articles/SLUG/claims.yaml and the article.txt beside it. */
final class ClaimsFileReader extends YamlFileReader {
    static final String CLAIMS_FILE = "claims.yaml";
    static final String ARTICLE_FILE = "article.txt";
    private static final List<String> KEYS = List.of("article", "claims", "unclaimed");

    ClaimsFileReader(ObjectMapper mapper, InputFiles files) {
        super(mapper, files);
    }

    /** Adds the article and its claims to the fact base; returns the problems found. */
    List<Problem> read(Path claimsFile, FactBase into) {
        String name = DisplayPaths.of(claimsFile);
        String slug = claimsFile.getParent().getFileName().toString();
        Article[] article = new Article[1];
        List<Claim> claims = new ArrayList<>();
        List<UnclaimedPassage> unclaimed = new ArrayList<>();
        boolean[] claimsKey = new boolean[1];
        List<Problem> problems = new ArrayList<>(YamlDocument.read(mapper, files, claimsFile, KEYS, (doc, key) -> {
            if (key.equals("article")) {
                article[0] = doc.readObject(Article.class, "the article's metadata");
            } else if (key.equals("unclaimed")) {
                unclaimed.addAll(doc.readList(UnclaimedPassage.class, "unclaimed passage"));
            } else {
                claimsKey[0] = true;
                claims.addAll(doc.readList(Claim.class, "claim"));
                FieldLocations.assign(doc.text(), claims);
            }
        }));
        if (article[0] == null && problems.isEmpty()) {
            problems.add(new Problem(SourceLocation.of(name), "missing 'article:' (the article's title, outlet, published date)"));
        }
        if (!claimsKey[0] && problems.isEmpty()) {
            problems.add(new Problem(SourceLocation.of(name), "missing 'claims:' (the list of the article's claims;"
                    + " write 'claims: []' for an article with none yet)"));
        }
        claims.stream().filter(claim -> claim.getQuote() != null && claim.getQuote().isBlank())
                .forEach(claim -> problems.add(new Problem(claim.locationOf("quote"), "an empty quote: a claim"
                        + " quotes the article's words it rests on")));
        if (article[0] != null) {
            article[0].setSlug(slug);
            readText(claimsFile.resolveSibling(ARTICLE_FILE), article[0], name, problems);
            article[0].setUnclaimed(unclaimed);
            unclaimed.stream().filter(passage -> passage.getQuote() != null && !article[0].getText().contains(passage.getQuote()))
                    .forEach(passage -> problems.add(new Problem(passage.getLocation(), "the unclaimed passage's quote is"
                            + " not in " + slug + "/" + ARTICLE_FILE + ": quote the article's words exactly")));
            into.getArticles().add(article[0]);
            claims.forEach(claim -> claim.setArticle(article[0]));
            into.getClaims().addAll(claims);
        }
        return problems;
    }

    private void readText(Path textFile, Article article, String claimsName, List<Problem> problems) {
        if (!Files.isRegularFile(textFile)) {
            problems.add(new Problem(SourceLocation.of(claimsName),
                    "missing " + DisplayPaths.of(textFile) + ": every claims.yaml needs its article's text beside it"));
            return;
        }
        try {
            article.setText(files.read(textFile));
        } catch (InputException e) {
            problems.addAll(e.getProblems());
        }
    }
}
