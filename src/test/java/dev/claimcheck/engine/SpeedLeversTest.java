package dev.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.BundledRules;
import dev.claimcheck.FactsFixture;
import dev.claimcheck.bench.CorpusGenerator;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.problem.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speed levers change nothing but speed: the rule cache, and checking articles in batches. */
class SpeedLeversTest {
    @TempDir
    Path tmp;

    /** What a run concluded, in a form two runs can be compared by. */
    private static List<String> conclusions(RunResult run) {
        return run.checks().stream()
                .map(c -> c.claim().getId() + " " + c.rule().id() + " " + c.outcome() + " " + c.message())
                .sorted()
                .toList();
    }

    /** The seed article and the reference files, copied: the claims these runs are compared on. */
    private FactBase seedFacts() throws InputException {
        return new FactsLoader().load(FactsFixture.seedCopy(tmp).facts());
    }

    @Test
    void cachedRulesGiveTheSameResultsAsCompiledOnes() throws Exception {
        FactBase facts = seedFacts();
        Path cache = tmp.resolve("cache");
        CompiledRules compiled = new RuleCompiler().compile(BundledRules.RULES);
        CompiledRules firstRun = new RuleCompiler(cache).compile(BundledRules.RULES);
        assertEquals(drlFiles(BundledRules.RULES), entries(cache).size(), "one entry per package (a package per file here)");
        CompiledRules fromCache = new RuleCompiler(cache).compile(BundledRules.RULES);
        List<String> expected = conclusions(new RuleEngine().run(compiled, facts));
        assertEquals(expected, conclusions(new RuleEngine().run(firstRun, facts)));
        assertEquals(expected, conclusions(new RuleEngine().run(fromCache, facts)));
        assertEquals(compiled.rules(), fromCache.rules(), "the same metadata, places and conditions");
    }

    @Test
    void editingARuleInvalidatesTheCache() throws Exception {
        Path rules = FactsFixture.copy(BundledRules.RULES, tmp.resolve("rules"));
        Path cache = tmp.resolve("cache");
        FactBase facts = seedFacts();
        RunResult before = new RuleEngine().run(new RuleCompiler(cache).compile(rules), facts);
        assertTrue(conclusions(before).stream().anyMatch(c -> c.contains("was a Friday, as claimed")));

        List<Path> beforeEdit = entries(cache);
        FactsFixture.replace(rules.resolve("time.drl"), "[, as claimed|", "[, as the article says|");
        RunResult after = new RuleEngine().run(new RuleCompiler(cache).compile(rules), facts);
        List<Path> afterEdit = entries(cache);
        assertEquals(beforeEdit.size() + 1, afterEdit.size(), "only the edited package is compiled again");
        assertTrue(afterEdit.containsAll(beforeEdit), "the other packages come from the cache");
        assertTrue(conclusions(after).stream().anyMatch(c -> c.contains("was a Friday, as the article says")),
                "the edited rule runs, not the cached one");
        assertNotEquals(conclusions(before), conclusions(after));
    }

    private static List<Path> entries(Path cache) throws java.io.IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    private static long drlFiles(Path rules) throws java.io.IOException {
        try (Stream<Path> files = Files.list(rules)) {
            return files.filter(p -> p.toString().endsWith(".drl")).count();
        }
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws Exception {
        Path cache = tmp.resolve("cache");
        new RuleCompiler(cache).compile(BundledRules.RULES);
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                Files.write(entry, new byte[] {1, 2, 3});
            }
        }
        FactBase facts = seedFacts();
        assertEquals(conclusions(new RuleEngine().run(new RuleCompiler().compile(BundledRules.RULES), facts)),
                conclusions(new RuleEngine().run(new RuleCompiler(cache).compile(BundledRules.RULES), facts)));
    }

    @Test
    void batchesOfArticlesGiveTheSameResultsAsOneSession() throws Exception {
        Path corpus = tmp.resolve("corpus");
        long written = new CorpusGenerator(7, 0.05).write(corpus, 150, BundledRules.FACTS.resolve("reference"));
        FactBase facts = new FactsLoader().load(corpus);
        CompiledRules rules = BundledRules.compiled();
        List<String> oneSession = conclusions(new RuleEngine(RuleEngine.DEFAULT_MAX_FIRINGS, 1000).run(rules, facts));
        assertEquals(oneSession, conclusions(new RuleEngine(RuleEngine.DEFAULT_MAX_FIRINGS, 7).run(rules, facts)));
        assertEquals(oneSession, conclusions(new RuleEngine().run(rules, facts)));
        assertEquals(written, facts.getClaims().size());
        assertEquals(facts.getClaims().stream().map(Claim::getId).sorted().toList(),
                oneSession.stream().map(c -> c.substring(0, c.indexOf(' '))).distinct().sorted().toList(),
                "every claim was checked");
    }

    @Test
    void everyPlantedErrorIsFound() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(11, 0.05).write(corpus, 100, BundledRules.FACTS.resolve("reference"));
        RunResult run = new RuleEngine().run(BundledRules.compiled(), new FactsLoader().load(corpus));
        List<String> found = run.checks().stream().filter(Check::isFinding)
                .map(c -> c.claim().getId() + " " + c.rule().id()).toList();
        List<String> planted = Files.readAllLines(corpus.resolve("planted.txt"));
        assertTrue(planted.size() > 20, "the corpus has planted errors: " + planted.size());
        assertTrue(found.containsAll(planted), "missed: " + planted.stream().filter(p -> !found.contains(p)).toList());
    }
}
