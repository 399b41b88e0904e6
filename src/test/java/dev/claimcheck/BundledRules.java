package dev.claimcheck;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleCompiler;
import dev.claimcheck.problem.InputException;
import java.nio.file.Path;

/** The repository's own rules, compiled once for all tests (compiling takes a second or two). */
public final class BundledRules {
    public static final Path RULES = Path.of("rules");
    public static final Path FACTS = Path.of("facts");
    private static CompiledRules compiled;

    private BundledRules() {
    }

    public static synchronized CompiledRules compiled() {
        if (compiled == null) {
            try {
                compiled = new RuleCompiler().compile(RULES);
            } catch (InputException e) {
                throw new AssertionError("the bundled rules do not compile:\n" + e.getMessage(), e);
            }
        }
        return compiled;
    }
}
