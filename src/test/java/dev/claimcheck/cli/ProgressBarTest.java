package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar shows on a terminal (a pseudo-terminal made by util-linux's script), and never when
 * standard error is piped or CI is set. The delay is lowered to 0 ms so that a small corpus shows it.
 */
class ProgressBarTest {
    @TempDir
    Path tmp;
    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        corpus = tmp.resolve("corpus");
        new CorpusGenerator(3, 0.0).write(corpus, 12, BundledRules.FACTS.resolve("reference"));
    }

    private ProcessBuilder verify() {
        ProcessBuilder verify = OwnJvm.claimcheck(List.of(), "verify", "--facts", corpus.toString(), "--rules",
                BundledRules.RULES.toString(), "--cache", tmp.resolve("cache").toString(), "--format", "github", "--no-fail");
        Map<String, String> env = verify.environment();
        env.remove("CI");
        env.put("TERM", "xterm");
        env.put("CLAIMCHECK_PROGRESS_DELAY_MS", "0");
        return verify;
    }

    /** The command line of a process builder, quoted for sh. */
    private static String shell(List<String> command) {
        return command.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    /** Runs verify with standard error on a pseudo-terminal (standard output to /dev/null); what the terminal showed. */
    private String onTerminal(Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder verify = verify();
        ProcessBuilder script = new ProcessBuilder("script", "-qefc", shell(verify.command()) + " >/dev/null", "/dev/null")
                .redirectErrorStream(true);
        // The run's own environment, not this JVM's: under CI the inherited CI=true would hide the bar.
        script.environment().clear();
        script.environment().putAll(verify.environment());
        script.environment().putAll(extraEnv);
        Process run = script.start();
        run.getOutputStream().close();
        String shown = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), shown);
        return shown;
    }

    @Test
    void aTerminalShowsArticlesCheckedRateAndTimeLeft() throws Exception {
        String shown = onTerminal(Map.of());
        assertTrue(shown.contains("checking 100%"), shown);
        assertTrue(shown.contains("12/12 articles"), shown);
        assertTrue(shown.contains("articles/s"), "the rate: " + shown);
        assertTrue(shown.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / left: " + shown);
    }

    @Test
    void ciLogsNeverShowIt() throws Exception {
        String shown = onTerminal(Map.of("CI", "true"));
        assertFalse(shown.contains("checking"), shown);
    }

    @Test
    void pipedStandardErrorHasNoBar() throws Exception {
        Process run = verify().start();
        run.getOutputStream().close();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), err);
        assertTrue(out.contains("claimcheck: 240 claims"), out);
        assertEquals("", err, "nothing on a piped standard error");
    }

    @Test
    void theEnvironmentRulesItOutBeforeAnyWork() {
        assertFalse(TerminalProgress.allowedBy(Map.of("CI", "true", "TERM", "xterm")));
        assertFalse(TerminalProgress.allowedBy(Map.of("TERM", "dumb")));
        assertTrue(TerminalProgress.allowedBy(Map.of("CI", "false", "TERM", "xterm")));
        assertTrue(TerminalProgress.allowedBy(Map.of("TERM", "xterm")));
    }
}
