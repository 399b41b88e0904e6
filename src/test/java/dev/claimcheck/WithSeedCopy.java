package dev.claimcheck;

import dev.claimcheck.FactsFixture.SeedCopy;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For test classes whose every test works on its own copy of the seed article: before each test,
 * {@code seed} holds a fresh {@link FactsFixture#seedCopy(Path)} under the test's {@code tmp} directory.
 */
public abstract class WithSeedCopy {
    @TempDir
    protected Path tmp;
    protected SeedCopy seed;

    @BeforeEach
    protected void copySeed() {
        seed = FactsFixture.seedCopy(tmp);
    }

    /** The arguments of {@code verify} on the seed copy, followed by more. */
    protected String[] verifyArgs(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "verify";
        args[1] = "--facts";
        args[2] = seed.facts().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return args;
    }
}
