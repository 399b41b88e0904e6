package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.load.InputFiles;
import dev.claimcheck.pipeline.Pipeline;
import dev.claimcheck.pipeline.RunSettings;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import java.time.Duration;

/** The options of every command that checks facts with rules; they make the run's {@link Pipeline}. */
final class CheckOptions {
    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "Facts directory (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Mixin
    RulesDirOption rules;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int maxFirings = RuleEngine.DEFAULT_MAX_FIRINGS;
    Duration ruleTimeout = RuleEngine.DEFAULT_TIMEOUT;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + RuleEngine.DEFAULT_MAX_FIRINGS,
            description = "Stop a run whose rules fire more than N times: a rule that loops (default: ${DEFAULT-VALUE}).")
    void maxFirings(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--max-firings takes a number of firings of at least 1, not " + n);
        }
        maxFirings = n;
    }

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", defaultValue = "" + 600,
            description = "Stop a run whose rules take longer than SECONDS: a rule that spins (default: ${DEFAULT-VALUE}).")
    void ruleTimeout(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--rule-timeout takes a number of seconds of at least 1, not "
                    + seconds);
        }
        ruleTimeout = Duration.ofSeconds(seconds);
    }

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + InputFiles.DEFAULT_MAX_BYTES,
            description = "Refuse an input file larger than BYTES (default: ${DEFAULT-VALUE}, 16 MiB).")
    long maxFileSize;

    @Option(names = "--allow-empty", description = "Accept a facts directory with no article (by default an error).")
    boolean allowEmpty;

    @Option(names = "--allow-unsafe-rules", description = "Run rules whose code calls outside the allow-list of"
            + " docs/authoring.md (files, processes, the network, System.exit ...): only rules you trust as code.")
    boolean allowUnsafeRules;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where compiled rules are kept between runs (default: $CLAIMCHECK_CACHE, else"
                    + " ~/.cache/claimcheck).")
    Path cache;

    @Option(names = "--no-cache", description = "Compile the rules on every run.")
    boolean noCache;

    Pipeline pipeline() {
        return new Pipeline(settings());
    }

    /** A pipeline for many runs that reads again only what changed (--watch). */
    Pipeline keptPipeline() {
        return Pipeline.kept(settings());
    }

    private RunSettings settings() {
        Path cacheDir = noCache ? null : cache == null ? RuleCompiler.defaultCacheDir() : cache;
        return new RunSettings(facts, rules.dir, maxFirings, ruleTimeout, cacheDir, allowUnsafeRules,
                new FactsLoader.Options(maxFileSize, allowEmpty));
    }
}
