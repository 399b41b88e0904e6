package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TinyFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The html format's template library costs start-up time: a run in another format never loads it, a
 * run in html does. Each run is a JVM of its own that logs every class it loads.
 */
class HtmlFormatLoadingTest {
    private static final String TEMPLATE_LIBRARY = "com.github.mustachejava.";

    @TempDir
    Path tmp;

    @Test
    void onlyTheHtmlFormatLoadsTheTemplateLibrary() throws Exception {
        Path facts = new TinyFacts(tmp).article("2025-01-01", "[]", "Nothing to check.\n").dir();
        // One rule cache for both runs: the second reads the rules the first compiled.
        Path cache = tmp.resolve("cache");
        assertFalse(loadedClasses(facts, cache, "json").contains(TEMPLATE_LIBRARY), "a json run loads no template classes");
        assertTrue(loadedClasses(facts, cache, "html").contains(TEMPLATE_LIBRARY), "an html run does");
    }

    private static String loadedClasses(Path facts, Path cache, String format) throws Exception {
        Process run = OwnJvm.claimcheck(List.of("-Xlog:class+load=info"), "verify", "--facts", facts.toString(),
                "--cache", cache.toString(), "--allow-empty", "--format", format).redirectErrorStream(true).start();
        String log = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), log.lines().filter(l -> !l.contains("class,load")).toList().toString());
        return log;
    }
}
