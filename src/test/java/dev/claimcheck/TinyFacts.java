package dev.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A facts directory written file by file under a temporary directory: one article, {@code a}, and the
 * reference files a test needs, so that the test shows all the data it depends on.
 */
public final class TinyFacts {
    private final Path facts;

    public TinyFacts(Path tmp) {
        this.facts = tmp.resolve("facts");
    }

    /** Writes article a, of the given date, with these claims (YAML list items, or "[]") and this text. */
    public TinyFacts article(String published, String claims, String text) {
        Path dir = facts.resolve("articles/a");
        write(dir.resolve("claims.yaml"), "article: {title: t, outlet: o, published: " + published + "}\n"
                + "claims:\n" + claims.indent(2));
        write(dir.resolve("article.txt"), text);
        return this;
    }

    /** Writes facts/reference/NAME with this text. */
    public TinyFacts reference(String name, String yaml) {
        write(facts.resolve("reference").resolve(name), yaml);
        return this;
    }

    public Path dir() {
        return facts;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
