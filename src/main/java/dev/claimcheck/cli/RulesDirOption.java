package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.problem.InputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --rules option, shared by every command that reads rules. */
final class RulesDirOption {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Compiles the rules afresh, as rule authors want them checked: never from the cache. */
    CompiledRules compile() throws InputException {
        return new RuleCompiler().compile(dir);
    }
}
