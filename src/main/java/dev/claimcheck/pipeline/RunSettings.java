package dev.claimcheck.pipeline;

import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import java.nio.file.Path;

/**
 * What a run reads and how: the facts and rules directories, the firing limit, and where compiled
 * rules are cached (null: compile on every run).
 */
public record RunSettings(Path facts, Path rules, int maxFirings, Path cache) {
    /** The bundled layout with the default limit and no cache: for tests and tools. */
    public static RunSettings of(Path facts, Path rules) {
        return new RunSettings(facts, rules, RuleEngine.DEFAULT_MAX_FIRINGS, null);
    }

    RuleCompiler compiler() {
        return cache == null ? new RuleCompiler() : new RuleCompiler(cache);
    }
}
