package dev.claimcheck.pipeline;

import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.load.FactsLoader;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run reads and how: the facts and rules directories, the firing and time limits, where compiled rules
 * are cached (null: compile on every run), and how facts are read (size limit, empty corpus allowed).
 */
public record RunSettings(Path facts, Path rules, int maxFirings, Duration ruleTimeout, Path cache,
                          boolean allowUnsafeRules, FactsLoader.Options load) {
    /** The bundled layout with the default limits and no cache: for tests and tools. */
    public static RunSettings of(Path facts, Path rules) {
        return new RunSettings(facts, rules, RuleEngine.DEFAULT_MAX_FIRINGS, RuleEngine.DEFAULT_TIMEOUT, null, false,
                FactsLoader.Options.defaults());
    }

    RuleCompiler compiler() {
        return new RuleCompiler(cache, allowUnsafeRules);
    }
}
