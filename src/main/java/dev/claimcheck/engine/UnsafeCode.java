package dev.claimcheck.engine;

import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.base.rule.Function;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Finds rule code that reaches outside what rules are for: calls outside an allow-list (the claimcheck
 * model and number types, java.lang text and maths, java.time, collections), such as System.exit,
 * Runtime, ProcessBuilder, file and network I/O, reflection, class loading, threads and System.getenv.
 * Two checks, both reported as problems at the rule (or function, type, query) they are in:
 * <ul>
 * <li>{@link #inSource}, before compiling: the DRL text Drools reads as MVEL (conditions, {@code from},
 * annotations, attributes, declared types), by name. It must run before compiling, because Drools
 * evaluates annotation values and the default values of declared fields while it compiles.</li>
 * <li>{@link #inCompiled}, after compiling: the bytecode Drools generated for consequences, Java
 * {@code eval}s, accumulate code and functions, so that fully qualified names and missing imports
 * cannot hide a call; and rules in the MVEL dialect, whose consequences are not compiled to bytecode.</li>
 * </ul>
 */
final class UnsafeCode {
    /** What a problem says rules may use. */
    static final String ALLOWED = "rules may use the claimcheck model and number types, java.lang text and maths,"
            + " java.time and collections; see docs/authoring.md, or give verify --allow-unsafe-rules for rules you trust";

    /** Packages whose classes rules may use, but for the classes and members named below. */
    private static final Set<String> ALLOWED_PACKAGES = Set.of(
            "dev.claimcheck.model", "dev.claimcheck.number",
            "java.math", "java.text",
            "java.time", "java.time.chrono", "java.time.format", "java.time.temporal",
            "java.util", "java.util.function", "java.util.regex", "java.util.stream",
            "org.drools.util.bitmask");   // what modify and update compile to
    /** Classes of otherwise forbidden packages that rules may use. */
    private static final Set<String> ALLOWED_CLASSES = Set.of(
            "dev.claimcheck.engine.Findings",
            "java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.lang.CharSequence", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Runnable",
            "java.lang.Math", "java.lang.StrictMath", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Void", "java.lang.Enum", "java.lang.Record", "java.lang.Throwable");
    /** Classes of allowed packages that rules may not use: they start threads, load classes or write files. */
    private static final Set<String> FORBIDDEN_CLASSES = Set.of(
            "java.util.Timer", "java.util.TimerTask", "java.util.ServiceLoader", "java.util.Formatter",
            "java.util.ResourceBundle", "java.util.ListResourceBundle", "java.util.PropertyResourceBundle");
    /** Members of allowed classes that rules may not use: they read system properties or change the JVM's defaults. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of(
            "java.lang.Integer.getInteger", "java.lang.Long.getLong", "java.lang.Boolean.getBoolean",
            "java.util.Locale.setDefault", "java.util.TimeZone.setDefault");
    /** Classes of which rules may use only some members. */
    private static final Map<String, Set<String>> ALLOWED_MEMBERS = Map.of(
            "java.lang.Class", Set.of("getName", "getSimpleName", "getTypeName", "getCanonicalName", "isInstance",
                    "cast", "isAssignableFrom", "isEnum", "isArray", "isPrimitive", "isInterface", "desiredAssertionStatus"),
            // What the compiler generates for lambdas, method references, string concatenation, records and switches.
            "java.lang.invoke.LambdaMetafactory", Set.of("metafactory", "altMetafactory"),
            "java.lang.invoke.StringConcatFactory", Set.of("makeConcatWithConstants", "makeConcat"),
            "java.lang.runtime.ObjectMethods", Set.of("bootstrap"),
            "java.lang.runtime.SwitchBootstraps", Set.of("typeSwitch", "enumSwitch"),
            // The consequence's drools and kcontext: insert, insertLogical, update, modify, delete, retract.
            "org.drools.core.rule.consequence.KnowledgeHelper", Set.of("insert", "insertLogical", "update",
                    "delete", "retract", "getFactHandle", "getRule"),
            "org.kie.api.runtime.rule.RuleContext", Set.of("insertLogical", "getFactHandle", "getRule"),
            "org.kie.api.definition.rule.Rule", Set.of("getName", "getPackageName", "getId", "getMetaData"),
            // What accumulate expressions compile to.
            "org.drools.mvel.field.FieldFactory", Set.of("getInstance", "getFieldValue"));
    /**
     * What the code Drools generates around rule code (invokers, declared types) uses besides Drools: an
     * invoker reads its class file to compare compiled code. No rule code goes into it: an invoker calls
     * the rule's class, and a declared type has only fields.
     */
    private static final Set<String> GENERATED_MEMBERS = Set.of(
            "java.lang.Class.getClassLoader", "java.lang.ClassLoader.getResourceAsStream",
            "java.io.InputStream.read", "java.io.InputStream.close", "java.io.ByteArrayOutputStream.<init>",
            "java.io.ByteArrayOutputStream.write", "java.io.ByteArrayOutputStream.toString");
    private static final List<String> DROOLS_PACKAGES = List.of("org.drools.", "org.kie.", "org.mvel2.");
    /** The interface Drools' generated invokers implement. */
    private static final String COMPILED_INVOKER = "org.drools.base.rule.accessor.CompiledInvoker";
    /** The end of the name of the invoker of a rule's consequence: the rule's class name comes before it. */
    private static final String CONSEQUENCE_INVOKER = "DefaultConsequenceInvoker";
    private static final Pattern INVOKER_SUFFIX = Pattern.compile("[A-Z][A-Za-z0-9]*Invoker");

    private UnsafeCode() {
    }

    /** A field, method or constructor that code uses, as a problem names it. */
    record Use(String owner, String member, Kind kind) {
        enum Kind { METHOD, FIELD, CONSTRUCTOR, IMPORT, NAMED }

        static Use of(ClassReferences.Member member) {
            Kind kind = member.field() ? Kind.FIELD : member.constructor() ? Kind.CONSTRUCTOR : Kind.METHOD;
            return new Use(member.owner(), member.name(), kind);
        }

        String describe() {
            return switch (kind) {
                case CONSTRUCTOR -> "new " + owner.replace('$', '.');
                case NAMED -> "a member named " + member;
                default -> owner.replace('$', '.') + "." + member;
            };
        }

        String verb() {
            return switch (kind) {
                case FIELD, NAMED -> "uses";
                case IMPORT -> "imports";
                default -> "calls";
            };
        }

        String permission() {
            return kind == Kind.FIELD || kind == Kind.NAMED ? "use" : "call";
        }
    }

    /** Who has unsafe code, as a problem names it ("rule \"exits\"", "function \"boom\""), and where. */
    record Owner(String label, SourceLocation location) {
        Problem problem(Use use) {
            String message = use.verb() + " " + use.describe() + ", which rules may not " + use.permission()
                    + " (" + ALLOWED + ")";
            return new Problem(location, label.isEmpty() ? message : label + " " + message);
        }
    }

    /**
     * Whether rule code may use the member (a method's or field's name, or {@code <init>}) of the class,
     * named by its binary name ({@code java.lang.System}, {@code java.util.Map$Entry}). A nested class
     * goes with its outer class. Code that Drools generates around rule code may also use Drools, and
     * what reading its own class file needs.
     */
    static boolean allowed(String owner, String member, boolean generated) {
        String outer = owner.contains("$") ? owner.substring(0, owner.indexOf('$')) : owner;
        if (FORBIDDEN_MEMBERS.contains(outer + "." + member) || member.equals("printStackTrace")
                || member.startsWith("parallel") && outer.startsWith("java.util.")) {
            return false;   // printStackTrace writes to System.err; parallel streams and sorts start threads
        }
        if (generated && (GENERATED_MEMBERS.contains(outer + "." + member)
                || DROOLS_PACKAGES.stream().anyMatch(outer::startsWith))) {
            return true;
        }
        int dot = outer.lastIndexOf('.');
        String pkg = dot < 0 ? "" : outer.substring(0, dot);
        if (ALLOWED_PACKAGES.contains(pkg)) {
            return !FORBIDDEN_CLASSES.contains(outer);
        }
        if (ALLOWED_CLASSES.contains(outer)
                || pkg.equals("java.lang") && (outer.endsWith("Exception") || outer.endsWith("Error"))) {
            return true;
        }
        Set<String> members = ALLOWED_MEMBERS.get(outer);
        return members != null && members.contains(member);
    }

    /**
     * The unsafe code in the DRL text Drools reads as MVEL: every use of a forbidden member named in
     * conditions, {@code from} and accumulate expressions, rule and query annotations and attributes,
     * declared types and {@code import function} lines, but not in consequences and function bodies,
     * which are Java and checked in their bytecode by {@link #inCompiled}. Call it before compiling:
     * Drools runs annotation values and the default values of declared fields while it compiles.
     */
    static List<Problem> inSource(List<DrlSource> sources) {
        List<Problem> problems = new ArrayList<>();
        for (DrlSource source : sources) {
            DrlCodeText.uses(source).stream()
                    .filter(found -> found.use().owner() == null || !allowed(found.use().owner(), found.use().member(), false))
                    .map(found -> found.owner().problem(found.use()))
                    .distinct()
                    .forEach(problems::add);
        }
        return sorted(problems);
    }

    /**
     * The unsafe code in compiled rules: every forbidden member that the bytecode Drools generated from
     * them uses (consequences, Java {@code eval}s, accumulate code, functions, declared types), one
     * problem per rule and member, at the rule; and every rule in the MVEL dialect, whose consequence
     * claimcheck cannot check. The sources name the files of functions and declared types.
     */
    static List<Problem> inCompiled(CompiledRules rules, List<DrlSource> sources) {
        Map<String, byte[]> classes = classes(rules.kieBase());
        Owners owners = new Owners(rules, sources);
        List<Problem> problems = new ArrayList<>(owners.dialects);
        Map<Owner, Set<String>> reported = new HashMap<>();
        for (byte[] bytes : new TreeMap<>(classes).values()) {
            ClassReferences code;
            try {
                code = ClassReferences.read(bytes);
            } catch (IOException e) {
                continue;   // not a class file: nothing the JVM would run
            }
            String base = owners.baseOf(code.name());
            Owner owner = base != null ? owners.byClass.get(base) : new Owner("code of package \"" + packageOf(code.name()) + "\"",
                    packageLocation(packageOf(code.name()), sources));
            boolean generated = owners.types.contains(code.name())
                    || base != null && owners.rules.contains(base) && code.interfaces().contains(COMPILED_INVOKER)
                            && INVOKER_SUFFIX.matcher(code.name().substring(base.length())).matches();
            for (ClassReferences.Member member : code.members()) {
                if (!classes.containsKey(member.owner()) && !allowed(member.owner(), member.name(), generated)) {
                    Use use = Use.of(member);
                    if (reported.computeIfAbsent(owner, o -> new HashSet<>()).add(use.describe())) {
                        problems.add(owner.problem(use));
                    }
                }
            }
        }
        return sorted(problems);
    }

    /**
     * Whose each generated class is: a rule's (its class is named after the rule's consequence invoker,
     * and its nested classes and other invokers after it), a function's or a declared type's; and the
     * rules written in a dialect other than Java.
     */
    private static final class Owners {
        final Map<String, Owner> byClass = new HashMap<>();
        final Set<String> rules = new HashSet<>();
        final Set<String> types = new HashSet<>();
        final List<Problem> dialects = new ArrayList<>();

        Owners(CompiledRules compiled, List<DrlSource> sources) {
            for (KiePackage kiePackage : compiled.kieBase().getKiePackages()) {
                InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
                String name = pkg.getName();
                List<DrlSource> files = sources.stream().filter(s -> s.packageName().equals(name)).toList();
                pkg.getRules().forEach(rule -> addRule((RuleImpl) rule, compiled.rulesByKey().get(CompiledRules.key(name, rule.getName())),
                        packageLocation(name, files)));
                for (Function function : pkg.getFunctions().values()) {
                    byClass.put(function.getClassName(), new Owner("function \"" + function.getName() + "\"", declaration(files,
                            "function\\s+[\\w.<>\\[\\],?\\s]*?\\b" + Pattern.quote(function.getName()) + "\\s*\\(", name)));
                }
                for (TypeDeclaration type : pkg.getTypeDeclarations().values()) {
                    String className = type.getTypeClassName();
                    if (className != null && className.startsWith(name + ".")) {   // not the model's types
                        types.add(className);
                        byClass.putIfAbsent(className, new Owner("type \"" + type.getTypeName() + "\"", declaration(files,
                                "declare\\s+(?:enum\\s+|trait\\s+)?" + Pattern.quote(type.getTypeName()) + "\\b", name)));
                    }
                }
            }
        }

        private void addRule(RuleImpl rule, RuleInfo info, SourceLocation packageLocation) {
            Owner owner = new Owner((rule.isQuery() ? "query" : "rule") + " \"" + rule.getName() + "\"",
                    info != null ? info.location() : packageLocation);
            if (!rule.isQuery() && !"java".equals(rule.getDialect())) {
                dialects.add(new Problem(owner.location(), owner.label() + " is written in the " + rule.getDialect()
                        + " dialect, whose code claimcheck cannot check: drop dialect \"" + rule.getDialect()
                        + "\" and write it in Java (" + ALLOWED + ")"));
            }
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().getClass().getName();
            if (consequence.endsWith(CONSEQUENCE_INVOKER)) {
                String base = consequence.substring(0, consequence.length() - CONSEQUENCE_INVOKER.length());
                byClass.put(base, owner);
                rules.add(base);
            }
        }

        /**
         * The longest owner's class name that is the class or that the class belongs to: its nested classes
         * and, for a rule's class, the invokers named after it ("Rule_x123Eval0Invoker"); or null.
         */
        String baseOf(String className) {
            String best = null;
            for (String base : byClass.keySet()) {
                boolean belongs = className.equals(base) || className.startsWith(base + "$")
                        || rules.contains(base) && className.startsWith(base) && Character.isUpperCase(className.charAt(base.length()));
                if (belongs && (best == null || base.length() > best.length())) {
                    best = base;
                }
            }
            return best;
        }
    }

    /**
     * Every class Drools generated for the rules, by binary name: each package's compiled rules and
     * functions, and the declared types, which the project class loader holds.
     */
    static Map<String, byte[]> classes(KieBase kieBase) {
        Map<String, byte[]> classes = new HashMap<>();
        if (((InternalKnowledgeBase) kieBase).getRootClassLoader() instanceof ProjectClassLoader loader
                && loader.getStore() != null) {
            loader.getStore().forEach((file, bytes) -> classes.put(binaryName(file), bytes));
        }
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            DialectRuntimeData data = ((InternalKnowledgePackage) kiePackage).getDialectRuntimeRegistry().getDialectData("java");
            if (data instanceof JavaDialectRuntimeData java && java.getStore() != null) {
                java.getStore().forEach((file, bytes) -> classes.put(binaryName(file), bytes));
            }
        }
        return classes;
    }

    /** "a/b/C.class" or "a.b.C" as "a.b.C". */
    private static String binaryName(String file) {
        return (file.endsWith(".class") ? file.substring(0, file.length() - ".class".length()) : file).replace('/', '.');
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The first line of one of the files matching the declaration, else the package's first file. */
    private static SourceLocation declaration(List<DrlSource> files, String declaration, String pkg) {
        Pattern pattern = Pattern.compile("(?m)^[ \\t]*" + declaration);
        for (DrlSource file : files) {
            Matcher m = pattern.matcher(file.text());
            if (m.find()) {
                return new SourceLocation(file.name(), DrlSource.lineAt(file.text(), m.start()), 1);
            }
        }
        return packageLocation(pkg, files);
    }

    /** The first file of the package, or the package's name when no file has it. */
    private static SourceLocation packageLocation(String pkg, List<DrlSource> sources) {
        return sources.stream().filter(s -> s.packageName().equals(pkg)).findFirst()
                .map(s -> SourceLocation.of(s.name())).orElse(SourceLocation.of(pkg));
    }

    static List<Problem> sorted(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.location().file())
                        .thenComparingInt(p -> p.location().line())
                        .thenComparingInt(p -> p.location().column())
                        .thenComparing(Problem::message))
                .toList();
    }
}
