package dev.claimcheck.engine;

import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles every {@code .drl} file of a rules directory into one rule set. Compile errors come back as
 * problems naming the real file, line and column, once each; rules without valid metadata are errors too.
 */
public final class RuleCompiler {
    private final RuleCache cache;
    private final boolean allowUnsafe;

    /** A compiler without a cache: every call compiles. */
    public RuleCompiler() {
        this(null, false);
    }

    /** A compiler that reuses compiled rules from the cache directory while the rules are unchanged. */
    public RuleCompiler(Path cacheDir) {
        this(cacheDir, false);
    }

    /**
     * @param cacheDir where compiled rules are kept, or null for none
     * @param allowUnsafe whether rule code may call outside the allow-list (see {@link UnsafeCode}): only for
     *     rules the user trusts as they trust claimcheck itself
     */
    public RuleCompiler(Path cacheDir, boolean allowUnsafe) {
        this.cache = cacheDir == null ? null : new RuleCache(cacheDir);
        this.allowUnsafe = allowUnsafe;
    }

    /** The cache directory used when none is given: $CLAIMCHECK_CACHE or the user's cache folder. */
    public static Path defaultCacheDir() {
        return RuleCache.defaultDir();
    }

    /**
     * Compiles the rules, package by package: each package's files are compiled on their own, or read
     * from the cache when they did not change, and the packages are then put together in one rule set.
     */
    public CompiledRules compile(Path rulesDir) throws InputException {
        List<DrlSource> sources = new ArrayList<>();
        for (Path file : drlFiles(rulesDir)) {
            sources.add(DrlSource.read(file));
        }
        // Drools runs some rule code while it compiles (annotations, declared defaults): read the text first.
        refuseUnsafe(UnsafeCode.inSource(sources));
        Map<String, List<DrlSource>> packages = new LinkedHashMap<>();
        sources.forEach(source -> packages.computeIfAbsent(source.packageName(), k -> new ArrayList<>()).add(source));
        List<byte[]> payloads = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (List<DrlSource> files : packages.values()) {
            String key = cache == null ? null : cache.key(files);
            byte[] payload = key == null ? null : cache.read(key).orElse(null);
            if (payload == null) {
                payload = compilePackage(files, problems);
                if (payload != null && key != null) {
                    cache.write(key, payload);
                }
            }
            payloads.add(payload);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        KieBase kieBase;
        try {
            kieBase = RuleCache.load(payloads);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            kieBase = build(sources).newKieBase();   // never expected; compiling everything is always right
        }
        CompiledRules compiled = new CompiledRules(kieBase, RuleMetadata.read(kieBase, sources));
        refuseUnsafe(UnsafeCode.inCompiled(compiled, sources));
        return compiled;
    }

    private void refuseUnsafe(List<Problem> unsafe) throws InputException {
        if (!allowUnsafe && !unsafe.isEmpty()) {
            throw new InputException(unsafe);
        }
    }

    /** Compiles one package's files; on errors, adds them to the problems and returns null. */
    private static byte[] compilePackage(List<DrlSource> files, List<Problem> problems) {
        try {
            return RuleCache.save(build(files));
        } catch (InputException e) {
            problems.addAll(e.getProblems());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KnowledgeBuilder build(List<DrlSource> sources) throws InputException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (DrlSource source : sources) {
            builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(source.name()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new InputException(compileProblems(builder, sources));
        }
        return builder;
    }

    private static List<Path> drlFiles(Path rulesDir) throws InputException {
        String name = DisplayPaths.of(rulesDir);
        if (!Files.isDirectory(rulesDir)) {
            throw new InputException(List.of(new Problem(SourceLocation.of(name), "no such rules directory")));
        }
        try (Stream<Path> entries = Files.list(rulesDir)) {
            List<Path> files = entries.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (files.isEmpty()) {
                throw new InputException(List.of(new Problem(SourceLocation.of(name), "no .drl files in the rules directory")));
            }
            return files;
        } catch (IOException e) {
            throw new InputException(List.of(new Problem(SourceLocation.of(name), "cannot list: " + e.getMessage())));
        }
    }

    private static List<Problem> compileProblems(KnowledgeBuilder builder, List<DrlSource> sources) {
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            Problem problem = DroolsMessages.toProblem(error, sources);
            if (seen.add(problem.toString())) {
                problems.add(problem);
            }
        }
        return problems.stream().filter(p -> !DroolsMessages.isEcho(p, problems, sources)).toList();
    }

    /** Every rule of the knowledge base, for metadata checks. */
    static Stream<Rule> allRules(KieBase kieBase) {
        return kieBase.getKiePackages().stream().map(KiePackage::getRules).flatMap(rules -> rules.stream());
    }
}
