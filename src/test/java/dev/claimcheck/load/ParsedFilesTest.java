package dev.claimcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimcheck.FactsFixture;
import dev.claimcheck.FactsFixture.SeedCopy;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.problem.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader that keeps what it parsed reuses a file's reading only while the file's bytes are the same. */
class ParsedFilesTest {
    @TempDir
    Path tmp;

    private static Claim claim(FactBase facts, String id) {
        return facts.getClaims().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUnchangedFileIsNotParsedAgainAndAChangedOneIs() throws InputException {
        SeedCopy seed = FactsFixture.seedCopy(tmp);
        FactsLoader loader = new FactsLoader(FactsLoader.Options.defaults(), ParsedFiles.kept());
        FactBase first = loader.load(seed.facts());
        FactBase again = loader.load(seed.facts());
        assertSame(claim(first, "deficit-2024"), claim(again, "deficit-2024"));
        assertSame(first.getSeries().get(0), again.getSeries().get(0));

        seed.plantAmountBreak();
        FactBase edited = loader.load(seed.facts());
        assertNotSame(claim(first, "deficit-2024"), claim(edited, "deficit-2024"));
        assertSame(first.getSeries().get(0), edited.getSeries().get(0));
        LevelClaim fresh = (LevelClaim) claim(new FactsLoader().load(seed.facts()), "deficit-2024");
        assertEquals(fresh.getAmount().toString(), ((LevelClaim) claim(edited, "deficit-2024")).getAmount().toString());
        assertEquals(new FactsLoader().load(seed.facts()).getClaims().size(), edited.getClaims().size());
    }

    @Test
    void aBrokenFileIsReportedEveryTimeUntilItIsRepaired() throws Exception {
        SeedCopy seed = FactsFixture.seedCopy(tmp);
        FactsLoader loader = new FactsLoader(FactsLoader.Options.defaults(), ParsedFiles.kept());
        loader.load(seed.facts());
        String claims = Files.readString(seed.claims(), StandardCharsets.UTF_8);
        Files.writeString(seed.claims(), claims + "  - id: [unclosed\n", StandardCharsets.UTF_8);
        assertThrows(InputException.class, () -> loader.load(seed.facts()));
        assertThrows(InputException.class, () -> loader.load(seed.facts()));
        Files.writeString(seed.claims(), claims, StandardCharsets.UTF_8);
        assertEquals(new FactsLoader().load(seed.facts()).getClaims().size(), loader.load(seed.facts()).getClaims().size());
    }
}
