package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.FactsFixture;
import dev.claimcheck.FactsFixture.SeedCopy;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors planted in the second bundled article (China's customs figures) as a writer would make them:
 * the article, the claim's quote and its field all say the wrong thing, so that only the rules that
 * check against reference data, identities and arithmetic can catch it. Each must fail the gate.
 */
class CustomsArticleBreaksTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> breaks() {
        return Stream.of(
                planted("a monthly level off by 10 per cent", "exports-december", "level-matches-reference",
                        copy -> copy.plantWritersError("US$336 billion", "US$369.6 billion")),
                planted("the wrong month for a monthly level", "surplus-december", "level-matches-reference",
                        copy -> copy.plantWritersError("US$104.84 billion in December", "US$104.84 billion in November")
                                .editClaim("surplus-december", "period: 2024-12", "period: 2024-11")));
    }

    private static Arguments planted(String name, String claim, String rule, UnaryOperator<SeedCopy> plant) {
        return Arguments.of(name, claim, rule, plant);
    }

    @Test
    void theArticleAsBundledPassesTheStrictestGate() {
        SeedCopy copy = FactsFixture.articleCopy(tmp, FactsFixture.CUSTOMS);
        Cli cli = Cli.run("verify", "--facts", copy.facts().toString(), "--fail-on", "warning", "--fail-on-unchecked");
        assertEquals(0, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "0 inconsistent, 0 undecided, 0 unchecked", "0 errors, 0 warnings");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void aPlantedErrorFailsTheGate(String name, String claim, String rule, UnaryOperator<SeedCopy> plant) {
        SeedCopy copy = plant.apply(FactsFixture.articleCopy(tmp, FactsFixture.CUSTOMS));
        Cli cli = Cli.run("verify", "--facts", copy.facts().toString(), "--format", "github");
        assertEquals(1, cli.exitCode(), cli.toString());
        Cli.assertContainsAll(cli.out(), "::error file=", "title=" + rule + "::" + claim + ":");
    }
}
