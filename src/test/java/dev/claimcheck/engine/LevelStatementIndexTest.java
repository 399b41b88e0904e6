package dev.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.bench.CorpusGenerator;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.model.LevelStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session holds only the level statements that could contradict its claims, and that changes no
 * finding: on a generated corpus with planted errors and levels that disagree across batches, batches of
 * 7 articles find exactly what one session holding every statement finds.
 */
class LevelStatementIndexTest {
    private static final List<Integer> DISAGREEING = List.of(3, 17, 31);

    @TempDir
    Path tmp;
    private FactBase facts;

    @BeforeEach
    void corpus() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(5, 0.02).write(corpus, 40, BundledRules.FACTS.resolve("reference"));
        for (int n : DISAGREEING) {
            restateLevel(corpus.resolve("articles/gen-" + String.format("%07d", n) + "/claims.yaml"));
        }
        facts = new FactsLoader().load(corpus);
    }

    /** Gives the article's level the figure 300.0 in quote and amount: it now disagrees with the other articles. */
    private static void restateLevel(Path claims) throws IOException {
        String yaml = Files.readString(claims, StandardCharsets.UTF_8);
        Matcher level = Pattern.compile("US\\$(\\d+\\.\\d) billion in 20(20|21|22|23|24)").matcher(yaml);
        assertTrue(level.find(), claims.toString());
        Files.writeString(claims, yaml.replace("US$" + level.group(1) + " billion", "US$300.0 billion"),
                StandardCharsets.UTF_8);
    }

    private List<String> findings(int batchArticles) throws Exception {
        RunResult run = new RuleEngine(RuleEngine.DEFAULT_MAX_FIRINGS, batchArticles).run(BundledRules.compiled(), facts);
        VerifyResult result = new VerifyResult(facts, run.checks(), BundledRules.compiled().rules(),
                VerifyResult.Judgement.plain());
        List<String> all = new ArrayList<>();
        for (Finding f : result.findings()) {
            all.add(f.location() + " " + f.rule().id() + " " + f.severity() + " " + f.message());
        }
        return all;
    }

    @Test
    void batchesFindWhatOneSessionWithEveryStatementFinds() throws Exception {
        List<String> oneSession = findings(1000);
        assertTrue(oneSession.stream().anyMatch(f -> f.contains("articles-agree")), "articles disagree: " + oneSession);
        assertTrue(oneSession.stream().anyMatch(f -> f.contains("level-matches-reference")), "planted errors");
        assertEquals(oneSession, findings(7));
        assertEquals(oneSession, findings(1));
    }

    @Test
    void aBatchGetsOnlyTheStatementsWhoseFigureDisagreesWithItsLevels() {
        LevelStatementIndex index = new LevelStatementIndex(facts.getClaims());
        LevelClaim agreeing = facts.getClaims().stream().filter(LevelClaim.class::isInstance).map(LevelClaim.class::cast)
                .filter(c -> !c.getAmount().toString().contains("300.0") && !c.getPeriod().toString().equals("2019"))
                .findFirst().orElseThrow();
        List<LevelStatement> chosen = index.forBatch(List.of(agreeing));
        long sameYear = facts.getClaims().stream().filter(c -> c instanceof LevelClaim l
                && l.getPeriod().equals(agreeing.getPeriod())).count();
        assertTrue(sameYear > chosen.size() + 1, "the agreeing statements of " + agreeing.getPeriod() + " are left out");
        assertTrue(chosen.stream().allMatch(s -> s.getPeriod().equals(agreeing.getPeriod())
                && !s.getValue().checkEquals(agreeing.getValue()).holds()), chosen.toString());
    }
}
