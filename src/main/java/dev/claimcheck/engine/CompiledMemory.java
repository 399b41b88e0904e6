package dev.claimcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a long-running claimcheck ({@code --watch}) keeps of the rules it compiled: the last rule set
 * with the files it came from, and each package's compiled payload under its files' text. A re-check
 * whose rules did not change reuses the rule set as it is; after an edit only the edited package
 * compiles again, and the others are read back from memory.
 */
final class CompiledMemory {
    private Map<Path, String> lastTexts = Map.of();
    private Map<Path, String> readTexts = Map.of();
    private CompiledRules last;
    private Map<List<DrlSource>, byte[]> payloads = Map.of();

    /**
     * The rule set compiled last, if it was compiled from exactly these files as they are now; else null. Only
     * the texts are read, the cheapest check there is: a re-check after a facts edit costs no more.
     */
    synchronized CompiledRules unchanged(List<Path> files) {
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            try {
                texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                readTexts = Map.of();
                return null;   // compiling reports it
            }
        }
        // Read before compiling: a file saved meanwhile is newer than what is remembered, so it compiles next time.
        readTexts = texts;
        return texts.equals(lastTexts) ? last : null;
    }

    /** The compiled payload of a package whose files are exactly these, or null. */
    synchronized byte[] payload(List<DrlSource> files) {
        return payloads.get(files);
    }

    /** Keeps a rule set and its packages' payloads, forgetting those of files that are gone or changed. */
    synchronized void remember(List<List<DrlSource>> groups, List<RuleCache.Part> parts, CompiledRules compiled) {
        Map<List<DrlSource>, byte[]> kept = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            kept.put(groups.get(i), parts.get(i).payload());
        }
        payloads = kept;
        lastTexts = readTexts;
        last = compiled;
    }
}
