package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script covers every command and option, and bash accepts it. */
class CompletionTest {
    @TempDir
    Path tmp;

    @Test
    void theScriptNamesEveryCommandAndTheirOptions() {
        Cli cli = Cli.run("generate-completion");
        assertEquals(0, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "complete -F _complete_claimcheck -o default claimcheck",
                "verify", "baseline", "explain", "rules", "draft", "--fail-on-draft", "--min-coverage", "--format");
    }

    @Test
    void bashLoadsItAndRegistersTheCompletion() throws IOException, InterruptedException {
        Path script = tmp.resolve("claimcheck.bash");
        Files.writeString(script, Cli.run("generate-completion").out(), StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p claimcheck", "bash", script.toString())
                .redirectErrorStream(true).start();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), printed);
        assertEquals("complete -o default -F _complete_claimcheck claimcheck", printed.strip());
    }
}
