package dev.claimcheck.cli;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.load.InputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --rules option of the rule authoring commands. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    CompiledRules compile() throws InputException {
        return new RuleCompiler().compile(rules);
    }
}
