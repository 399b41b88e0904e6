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
                planted("a conversion off by 5 per cent", "exports-2024-yuan-in-dollars", "conversion-matches-rate",
                        copy -> copy.plantWritersError("US$3.54 trillion", "US$3.72 trillion")),
                planted("a surplus that is not exports minus imports", "surplus-2024-yuan", "identity-holds",
                        copy -> copy.plantWritersError("7.06 trillion yuan", "7.41 trillion yuan")),
                planted("the record placed in a year that was not the highest", "surplus-2023", "record-is-highest",
                        copy -> copy.plantWritersError("the surplus had been US$823.2 billion",
                                        "the surplus had been a record US$823.2 billion")
                                .editClaim("surplus-2023", "kind: level", "kind: record")
                                .editClaim("surplus-2023", "amount: US$823.2 billion", "amount: US$823.2 billion\n    extreme: highest")),
                planted("a per-cent change off by 3 points", "exports-2024-growth", "percent-change-from-levels",
                        copy -> copy.plantWritersError("5.9 per cent", "8.9 per cent")),
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
