package dev.claimcheck.load;

import dev.claimcheck.problem.Suggestions;
import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Located;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks one YAML file's top-level mapping and reads its values into model objects, recording each
 * object's line and column and collecting every problem instead of stopping at the first. An item
 * of a list that cannot be read is skipped, so that the rest of the file is still checked.
 */
final class YamlDocument implements AutoCloseable {
    private final ObjectMapper mapper;
    private final JsonParser parser;
    private final String file;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();

    YamlDocument(ObjectMapper mapper, String text, String file) throws IOException {
        this.mapper = mapper;
        this.parser = StrictYamlParser.of(mapper.createParser(text));
        this.file = file;
        this.text = text;
    }

    /**
     * Reads a whole file: calls the handler with the document and each top-level key (the parser on
     * its value), and returns every problem found, including a file that cannot be read.
     */
    static List<Problem> read(ObjectMapper mapper, InputFiles files, Path file, List<String> keys,
                              BiConsumer<YamlDocument, String> handler) {
        String name = DisplayPaths.of(file);
        try (YamlDocument doc = new YamlDocument(mapper, files.read(file), name)) {
            doc.forEachKey(keys, key -> handler.accept(doc, key));
            return doc.problems();
        } catch (InputException e) {
            return e.getProblems();
        } catch (IOException e) {
            return List.of(new Problem(SourceLocation.of(name), "cannot read: " + e.getMessage()));
        }
    }

    /** The file's text, as read. */
    String text() {
        return text;
    }

    /** Calls the handler with each top-level key, the parser on its value; false if the file is not a mapping. */
    boolean forEachKey(Collection<String> knownKeys, Consumer<String> handler) {
        try {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.add(new Problem(here(), first == null
                        ? "the file is empty" : "expected a mapping with keys " + String.join(", ", knownKeys)));
                return false;
            }
            JsonStreamContext root = parser.getParsingContext();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyAt = here();
                parser.nextToken();
                if (knownKeys.contains(key)) {
                    try {
                        handler.accept(key);
                    } catch (Unreadable e) {
                        skipTo(root, e);
                    }
                } else {
                    problems.add(new Problem(keyAt, "unknown top-level key '" + key + "'"
                            + Suggestions.didYouMean(key, knownKeys) + " (expected " + String.join(", ", knownKeys) + ")"));
                    parser.skipChildren();
                }
            }
            refuseFurtherDocuments();
            return true;
        } catch (JsonProcessingException e) {
            problems.add(JacksonProblems.from(file, text, e));
            return false;
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.of(file), "cannot read: " + e.getMessage()));
            return false;
        } catch (Unreadable e) {
            return false;
        }
    }

    /**
     * A file holds one YAML document: a '---' or '...' after the first would silently end the file there,
     * leaving every claim after it unread.
     */
    private void refuseFurtherDocuments() throws IOException {
        int endedAt = parser.currentTokenLocation().getLineNr();
        if (parser.nextToken() != null) {
            problems.add(secondDocument(file, text, endedAt, parser.currentTokenLocation().getLineNr()));
        }
    }

    /** The problem of a second document, placed at its marker: the last '---' or '...' line up to the given line. */
    static Problem secondDocument(String file, String text, int from, int upTo) {
        List<String> lines = text.lines().toList();
        int marker = upTo;
        for (int line = Math.min(upTo, lines.size()); line >= Math.max(1, from); line--) {
            if (lines.get(line - 1).matches("(---|\\.\\.\\.)(\\s.*)?")) {
                marker = line;
                break;
            }
        }
        return new Problem(new SourceLocation(file, marker, 1), "a second YAML document starts here: a file holds"
                + " one document, and everything after the marker would be left unread; remove the '---' or '...' line");
    }

    /** Reads the current value as one object, or records why it cannot. */
    <T extends Located> T readObject(Class<T> type, String what) {
        SourceLocation at = here();
        try {
            T value = mapper.readerFor(type).withAttribute(LocatingDeserializers.FILE, file).readValue(parser);
            if (value == null) {
                problems.add(new Problem(at, "expected " + what + ", found nothing"));
                return null;
            }
            value.setLocation(at);
            problems.addAll(RequiredFields.check(value, at, () -> value instanceof Claim ? value.toString() : what));
            return value;
        } catch (DatabindException e) {
            problems.add(JacksonProblems.from(file, text, e));
            throw new Unreadable(true);
        } catch (JsonProcessingException e) {
            problems.add(JacksonProblems.from(file, text, e));
            throw new Unreadable(false);
        } catch (IOException e) {
            problems.add(new Problem(at, "cannot read: " + e.getMessage()));
            throw new Unreadable(false);
        }
    }

    /** Reads the current value as a list, item by item, skipping items that cannot be read. */
    <T extends Located> List<T> readList(Class<T> type, String what) {
        List<T> items = new ArrayList<>();
        try {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(here(), "expected a list of " + what + "s (lines starting with '- ')"));
                parser.skipChildren();
                return items;
            }
            JsonStreamContext list = parser.getParsingContext();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                try {
                    T item = readObject(type, what);
                    if (item != null) {
                        items.add(item);
                    }
                } catch (Unreadable e) {
                    skipTo(list, e);
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(JacksonProblems.from(file, text, e));
            throw new Unreadable(false);
        } catch (IOException e) {
            problems.add(new Problem(here(), "cannot read: " + e.getMessage()));
            throw new Unreadable(false);
        }
        return items;
    }

    /** After a failed read, moves back out to the given level so that reading can go on there. */
    private void skipTo(JsonStreamContext level, Unreadable failure) {
        if (!failure.recoverable) {
            throw failure;
        }
        try {
            while (parser.getParsingContext() != level) {
                if (parser.nextToken() == null) {
                    throw new Unreadable(false);
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(JacksonProblems.from(file, text, e));
            throw new Unreadable(false);
        } catch (IOException e) {
            throw new Unreadable(false);
        }
    }

    private SourceLocation here() {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    List<Problem> problems() {
        return problems;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Thrown when the document cannot be read further; the problem is already recorded. */
    static final class Unreadable extends RuntimeException {
        /** Whether the parser is still usable: a value had the wrong shape, the YAML itself is fine. */
        final boolean recoverable;

        Unreadable(boolean recoverable) {
            super(null, null, false, false);
            this.recoverable = recoverable;
        }
    }
}
