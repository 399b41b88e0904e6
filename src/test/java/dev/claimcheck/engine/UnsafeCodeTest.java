package dev.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimcheck.BundledRules;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule code that reaches outside the allow-list is found: in the bytecode compiled from consequences,
 * Java evals and functions, and by name in the MVEL text (conditions, annotations, declared types).
 * The rules here are compiled, never run.
 */
class UnsafeCodeTest {
    private static final String HEADER = "package evil;\n\nimport dev.claimcheck.model.*;\n\n";

    @TempDir
    Path tmp;

    @Test
    void theBundledRulesAreSafe() throws InputException {
        List<DrlSource> sources = sources(BundledRules.RULES);
        assertEquals(List.of(), UnsafeCode.inSource(sources));
        assertEquals(List.of(), UnsafeCode.inCompiled(BundledRules.compiled(), sources));
    }

    /** The consequence of rule "unsafe" (line 5) and what it uses, each a problem at the rule, sorted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit(0);                                                    | calls java.lang.System.exit
            Runtime.getRuntime().halt(0);                                      | calls java.lang.Runtime.getRuntime; calls java.lang.Runtime.halt
            java.lang.Runtime.getRuntime().exec("sh");                         | calls java.lang.Runtime.exec; calls java.lang.Runtime.getRuntime
            new ProcessBuilder("sh", "-c", "x").start();                       | calls java.lang.ProcessBuilder.start; calls new java.lang.ProcessBuilder
            java.nio.file.Files.writeString(java.nio.file.Path.of("x"), "y");  | calls java.nio.file.Files.writeString; calls java.nio.file.Path.of
            new java.io.File("x").delete();                                    | calls java.io.File.delete; calls new java.io.File
            new java.net.Socket("127.0.0.1", 9);                               | calls new java.net.Socket
            Class.forName("java.lang.Runtime");                                | calls java.lang.Class.forName
            String.class.getMethod("length").invoke("x");                      | calls java.lang.Class.getMethod; calls java.lang.reflect.Method.invoke
            new Thread(() -> { }).start();                                     | calls java.lang.Thread.start; calls new java.lang.Thread
            System.getenv("HOME");                                             | calls java.lang.System.getenv
            System.out.println($claim);                                        | calls java.io.PrintStream.println; uses java.lang.System.out
            java.util.function.IntConsumer quit = System::exit; quit.accept(0); | calls java.lang.System.exit
            new java.util.Timer();                                             | calls new java.util.Timer
            java.util.List.of(1).parallelStream();                             | calls java.util.List.parallelStream
            """)
    void aConsequenceThatCallsOutsideTheAllowListIsRefused(String consequence, String uses) throws Exception {
        List<String> expected = Stream.of(uses.split(";")).map(use -> problem(5, "rule \"unsafe\"", use.strip())).toList();
        assertEquals(expected, compiled(HEADER + "rule \"unsafe\"\n    @title(\"t\")\nwhen\n    $claim : WeekdayClaim()\nthen\n    "
                + consequence + "\nend\n"));
    }

    @Test
    void aRuleWithinTheAllowListIsNotFlagged() throws Exception {
        String drl = HEADER + """
                declare Marker
                    name : String
                end

                function String shout(String s) {
                    return s.toUpperCase() + Math.abs(-1);
                }

                rule "allowed"
                    @title("uses \\"System.exit\\" in a string only")   // and Runtime.getRuntime() in a comment
                when
                    $claim : WeekdayClaim($date : date, weekday != null)
                    $count : Number() from accumulate(WeekdayClaim($id : id), count($id))
                    $length : Integer() from accumulate(WeekdayClaim($w : id), init(int total = 0;),
                            action(total += $w.length();), reverse(total -= $w.length();), result(total))
                    eval(Math.abs($date.getYear()) > 1900 && String.valueOf($count).length() > 0)
                then
                    java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("a", shout("b")));
                    words.add(new java.math.BigDecimal("1.5").setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
                    words.add(java.time.LocalDate.of(2025, 2, 21).getDayOfWeek().name() + $date.plusDays(1));
                    words.stream().map(String::trim).filter(w -> !w.isEmpty()).forEach(w -> words.size());
                    switch (words.get(0)) { case "a": break; default: break; }
                    Marker marker = new Marker("m");
                    insert(marker);
                    modify(marker) { setName(drools.getRule().getName()) };
                    if ($claim.getClass().getSimpleName().isEmpty()) { throw new IllegalStateException("System.exit(0)"); }
                end
                """;
        assertEquals(List.of(), source(drl));
        assertEquals(List.of(), compiled(drl));
    }

    @Test
    void aJavaEvalAndAFunctionAreCheckedInTheirBytecodeWithOrWithoutTheCache() throws Exception {
        String drl = HEADER + """
                function void boom() {
                    System.exit(0);
                }

                rule "evaluates"
                    @title("t")
                when
                    $claim : WeekdayClaim()
                    eval(System.getenv("HOME") != null)
                then
                    boom();
                end
                """;
        List<String> expected = List.of(problem(5, "function \"boom\"", "calls java.lang.System.exit"),
                problem(9, "rule \"evaluates\"", "calls java.lang.System.getenv"));
        assertEquals(expected, compiled(drl));
        assertEquals(List.of(problem(9, "rule \"evaluates\"", "calls java.lang.System.getenv")), source(drl));
    }

    @Test
    void bytecodeReadFromTheCacheIsCheckedAgain() throws Exception {
        // The text is safe (a function's Java body is checked in its bytecode), so the package is cached.
        String drl = HEADER + """
                function void boom() {
                    System.exit(0);
                }

                rule "calls"
                    @title("t")
                when
                    $claim : WeekdayClaim()
                then
                    boom();
                end
                """;
        Path rules = write(drl);
        assertEquals(List.of(), source(drl));
        Path cache = tmp.resolve("cache");
        List<String> expected = List.of(problem(5, "function \"boom\"", "calls java.lang.System.exit"));
        for (int run = 0; run < 2; run++) {   // compiled and cached, then read from the cache
            assertEquals(expected, strings(UnsafeCode.inCompiled(new RuleCompiler(cache, true).compile(rules), sources(rules))));
            assertEquals(1, cacheEntries(cache));
        }
        InputException refused = assertThrows(InputException.class, () -> new RuleCompiler(cache).compile(rules));
        assertEquals(expected, strings(refused.getProblems()));
    }

    @Test
    void aPackageWhoseTextIsUnsafeIsNeverCachedSoEveryRunReadsItsText() throws Exception {
        // A cached package's text is not read again: the cache must hold only packages whose text is safe.
        Path rules = write(HEADER + """
                rule "reads"
                    @title("t")
                when
                    $claim : WeekdayClaim(id == System.getenv("HOME"))
                then
                end
                """);
        Path cache = tmp.resolve("cache");
        new RuleCompiler(cache, true).compile(rules);   // --allow-unsafe-rules
        assertEquals(0, cacheEntries(cache));
        InputException refused = assertThrows(InputException.class, () -> new RuleCompiler(cache).compile(rules));
        assertEquals(List.of(problem(5, "rule \"reads\"", "calls java.lang.System.getenv")), strings(refused.getProblems()));
    }

    private static long cacheEntries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches("rules-.*\\.bin")).count();
        }
    }

    @Test
    void theMvelTextIsCheckedByNameBeforeCompiling() throws Exception {
        // Drools evaluates annotation values and declared fields' defaults while compiling: never compiled here.
        String drl = HEADER.replace("*;\n", "*;\nimport function java.lang.System.exit;\n") + """
                declare Marker
                    name : String = System.getProperty("user.home")
                end

                rule "reads-files"
                    @title("t")
                    @severity(System.getProperty("user.home"))
                when
                    $claim : WeekdayClaim(id == System.getenv("HOME"))
                    $lines : Object() from java.nio.file.Files.readAllLines(java.nio.file.Path.of("/etc/passwd"))
                    $loader : Object() from $claim.getClass().getClassLoader()
                then
                end
                """;
        String rule = "rule \"reads-files\"";
        assertEquals(List.of(
                at(4) + "imports java.lang.System.exit, which rules may not call (" + UnsafeCode.ALLOWED + ")",
                problem(6, "type \"Marker\"", "calls java.lang.System.getProperty"),
                problem(10, rule, "calls java.lang.System.getProperty"),
                problem(10, rule, "calls java.lang.System.getenv"),
                problem(10, rule, "calls java.nio.file.Files.readAllLines"),
                problem(10, rule, "calls java.nio.file.Path.of"),
                problem(10, rule, "uses a member named getClassLoader")), source(drl));
    }

    @Test
    void aRuleInTheMvelDialectAndATypeExtendingAThreadAreRefused() throws Exception {
        String drl = HEADER + """
                declare Worker extends java.lang.Thread
                end

                rule "in-mvel"
                    @title("t")
                    dialect "mvel"
                when
                    $claim : WeekdayClaim()
                then
                    new Worker();
                end
                """;
        assertEquals(List.of(problem(5, "type \"Worker\"", "calls new java.lang.Thread"),
                at(8) + "rule \"in-mvel\" is written in the mvel dialect, whose code claimcheck cannot check: drop dialect"
                        + " \"mvel\" and write it in Java (" + UnsafeCode.ALLOWED + ")"), compiled(drl));
    }

    @ParameterizedTest(name = "{0}.{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            java.lang.Class                      | getSimpleName  | true
            java.lang.Class                      | forName        | false
            java.lang.Integer                    | getInteger     | false
            java.lang.NumberFormatException      | getMessage     | true
            java.lang.NumberFormatException      | printStackTrace | false
            java.util.Map$Entry                  | getKey         | true
            java.util.Locale                     | setDefault     | false
            java.util.concurrent.ConcurrentHashMap | put          | false
            java.util.stream.Stream              | parallel       | false
            dev.claimcheck.model.Words           | day            | true
            dev.claimcheck.engine.RuleEngine     | run            | false
            org.kie.internal.io.ResourceFactory  | newFileResource | false
            """)
    void theAllowList(String owner, String member, boolean allowed) {
        assertEquals(allowed, UnsafeCode.allowed(owner, member, false));
    }

    private List<String> compiled(String drl) throws IOException, InputException {
        Path rules = write(drl);
        return strings(UnsafeCode.inCompiled(new RuleCompiler(null, true).compile(rules), sources(rules)));
    }

    private List<String> source(String drl) throws IOException, InputException {
        return strings(UnsafeCode.inSource(sources(write(drl))));
    }

    private Path write(String drl) throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("evil.drl"), drl);
        return rules;
    }

    private static List<DrlSource> sources(Path rules) throws InputException {
        List<DrlSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                sources.add(DrlSource.read(file));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sources;
    }

    private static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private String at(int line) {
        return dev.claimcheck.problem.DisplayPaths.of(tmp.resolve("rules/evil.drl")) + ":" + line + ":1: ";
    }

    private String problem(int line, String owner, String use) {
        return at(line) + owner + " " + use + ", which rules may not " + (use.startsWith("uses") ? "use" : "call")
                + " (" + UnsafeCode.ALLOWED + ")";
    }
}
