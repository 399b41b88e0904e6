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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
    private final Consumer<String> notes;
    /** What is kept of earlier compilations in this process, or null (a single run). */
    private final CompiledMemory memory;

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
        this(cacheDir, allowUnsafe, RuleCompiler::toStandardError);
    }

    /** The same, with the one-line notes on cache entries that were not used going to {@code notes}. */
    RuleCompiler(Path cacheDir, Consumer<String> notes) {
        this(cacheDir, false, notes);
    }

    private RuleCompiler(Path cacheDir, boolean allowUnsafe, Consumer<String> notes) {
        this(cacheDir == null ? null : new RuleCache(cacheDir), allowUnsafe, notes, null);
    }

    private RuleCompiler(RuleCache cache, boolean allowUnsafe, Consumer<String> notes, CompiledMemory memory) {
        this.cache = cache;
        this.allowUnsafe = allowUnsafe;
        this.notes = notes;
        this.memory = memory;
    }

    /**
     * The same compiler, keeping in memory what it compiles, for a process that compiles the same rules
     * again and again ({@code --watch}): rules that did not change give the same rule set back, and after
     * an edit only the edited package compiles.
     */
    public RuleCompiler keepingCompiled() {
        return new RuleCompiler(cache, allowUnsafe, notes, new CompiledMemory());
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
        List<Path> drlFiles = drlFiles(rulesDir);
        CompiledRules unchanged = memory == null ? null : memory.unchanged(drlFiles);
        if (unchanged != null) {
            return unchanged;
        }
        List<DrlSource> sources = new ArrayList<>();
        for (Path file : drlFiles) {
            sources.add(DrlSource.read(file));
        }
        Map<String, List<DrlSource>> packages = new LinkedHashMap<>();
        sources.forEach(source -> packages.computeIfAbsent(source.packageName(), k -> new ArrayList<>()).add(source));
        List<List<DrlSource>> groups = new ArrayList<>(packages.values());
        List<RuleCache.Part> parts = new ArrayList<>();
        for (List<DrlSource> files : groups) {
            byte[] kept = memory == null ? null : memory.payload(files);
            byte[] cached = kept == null ? cached(files) : null;
            parts.add(kept != null ? new RuleCache.Part(kept, null, false)
                    : cached != null ? new RuleCache.Part(cached, files) : null);
        }
        Set<List<DrlSource>> unsafe = refuseUnsafeSource(groups, parts);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (parts.get(i) == null) {
                parts.set(i, compilePackage(groups.get(i), !unsafe.contains(groups.get(i)), problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        KieBase kieBase = load(groups, parts, sources);
        CompiledRules compiled = new CompiledRules(kieBase, RuleMetadata.read(kieBase, sources));
        refuseUnsafe(UnsafeCode.inCompiled(compiled, sources));
        if (memory != null) {
            memory.remember(groups, parts, compiled);
        }
        return compiled;
    }

    /**
     * Compiles the smallest package once more and throws the result away: the first compilation in a process
     * costs several times what the next ones do, and a watching process would otherwise pay it on the first
     * rule edit. Problems are left for the real compilation to report.
     */
    public void warmUp(Path rulesDir) {
        try {
            List<DrlSource> smallest = null;
            for (Path file : drlFiles(rulesDir)) {
                DrlSource source = DrlSource.read(file);
                if (smallest == null || source.text().length() < smallest.get(0).text().length()) {
                    smallest = List.of(source);
                }
            }
            if (smallest != null && UnsafeCode.inSource(smallest).isEmpty()) {
                RuleCache.Part part = compilePackage(smallest, true, new ArrayList<>());
                if (part != null) {
                    RuleCache.load(List.of(part));
                }
            }
        } catch (InputException | IOException | ClassNotFoundException | RuleCache.UnusablePart | RuntimeException e) {
            // Only a warm-up: the real compilation reports what is wrong.
        }
    }

    /**
     * Drools runs some rule code while it compiles (annotations, declared defaults), so the text of every
     * package that is to compile is read first; the packages whose text is not safe are returned (only
     * --allow-unsafe-rules compiles them). A package read from the cache or kept in memory needs no reading:
     * its text is the one it was compiled from, and the cache holds only packages whose text was safe.
     */
    private Set<List<DrlSource>> refuseUnsafeSource(List<List<DrlSource>> groups, List<RuleCache.Part> parts)
            throws InputException {
        List<Problem> problems = new ArrayList<>();
        Set<List<DrlSource>> unsafe = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (parts.get(i) == null) {
                List<Problem> found = UnsafeCode.inSource(groups.get(i));
                if (!found.isEmpty()) {
                    unsafe.add(groups.get(i));
                    problems.addAll(found);
                }
            }
        }
        refuseUnsafe(UnsafeCode.sorted(problems));
        return unsafe;
    }

    private void refuseUnsafe(List<Problem> unsafe) throws InputException {
        if (!allowUnsafe && !unsafe.isEmpty()) {
            throw new InputException(unsafe);
        }
    }

    /** The cached payload of a package's files, or null: none, or one that cannot be used (with a note). */
    private byte[] cached(List<DrlSource> files) {
        if (cache == null) {
            return null;
        }
        try {
            return cache.read(files).orElse(null);
        } catch (RuleCache.Unusable e) {
            note(e.entry(), e.getMessage(), e.damaged());
            return null;
        }
    }

    /**
     * The rule set of all parts. A cached part that cannot be read is deleted and its package compiled
     * again; freshly compiled parts that read back within the cache's bounds are then cached.
     */
    private KieBase load(List<List<DrlSource>> groups, List<RuleCache.Part> parts, List<DrlSource> sources)
            throws InputException {
        while (true) {
            RuleCache.Loaded loaded;
            try {
                loaded = RuleCache.load(parts);
            } catch (RuleCache.UnusablePart e) {
                List<DrlSource> files = groups.get(e.index());
                cache.discard(files);
                note(cache.entryOf(files).getFileName().toString(), e.getMessage(), true);
                // Its text was not read for unsafe code (it was cached): it is now, before it compiles.
                List<Problem> unsafeText = UnsafeCode.inSource(files);
                refuseUnsafe(unsafeText);
                List<Problem> problems = new ArrayList<>();
                parts.set(e.index(), compilePackage(files, unsafeText.isEmpty(), problems));
                if (!problems.isEmpty()) {
                    throw new InputException(problems);
                }
                continue;
            } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
                // Never expected: each part read well, yet together they fail. Compiling everything is
                // always right; cached parts may be to blame, so they go.
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i).files() != null) {
                        cache.discard(groups.get(i));
                        note(cache.entryOf(groups.get(i)).getFileName().toString(),
                                "its rules could not be put together with the others (" + e + ")", true);
                    }
                }
                refuseUnsafe(UnsafeCode.inSource(sources));
                return build(sources).newKieBase();
            }
            if (cache != null) {
                loaded.storable().forEach(i -> cache.write(groups.get(i), parts.get(i).payload()));
            }
            return loaded.kieBase();
        }
    }

    private void note(String entry, String why, boolean damaged) {
        notes.accept("claimcheck: ignored " + (damaged ? "a damaged cache entry" : "a cache entry that other users can change")
                + " (" + entry + "): " + printable(why) + "; compiling the rules again");
    }

    /** One line of at most 300 printable characters: the reason may quote what an entry holds. */
    private static String printable(String text) {
        String line = text.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    private static void toStandardError(String line) {
        System.err.println(line);
        System.err.flush();
    }

    /**
     * Compiles one package's files; on errors, adds them to the problems and returns null. A package is
     * cached only if {@code safeText} (its text passed the unsafe-code reading, which a cached package skips)
     * and its compiled rules are exactly those its files define (as the cache checks them).
     */
    private static RuleCache.Part compilePackage(List<DrlSource> files, boolean safeText, List<Problem> problems) {
        try {
            KnowledgeBuilder builder = build(files);
            return new RuleCache.Part(RuleCache.save(builder), null,
                    safeText && RuleCache.mismatch(builder.getKnowledgePackages(), files) == null);
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
