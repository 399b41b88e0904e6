package dev.claimcheck.engine;

import dev.claimcheck.engine.UnsafeCode.Owner;
import dev.claimcheck.engine.UnsafeCode.Use;
import dev.claimcheck.problem.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members a DRL file's MVEL text names: the text outside consequences and function bodies (which
 * are Java, compiled to bytecode). A name is resolved as Drools would: qualified, or through the file's
 * imports and {@code java.lang}. A call on something whose class the text does not name
 * ({@code $x.getClass().forName(..)}) is caught by the member's name, for the members that reach
 * reflection, class loading and processes.
 */
final class DrlCodeText {
    /** A member that the text uses, and whose text it is. */
    record Found(Use use, Owner owner) {
    }

    private static final Pattern CHAIN = Pattern.compile(
            "(?<![\\w$.])(?:(new)\\s+)?([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)");
    private static final Pattern DOT = Pattern.compile("\\s*\\.\\s*");
    /** Members that reach reflection, class loading or processes, whatever they are called on; and MVEL's property forms. */
    private static final Pattern REFLECTIVE = Pattern.compile("\\.\\s*(forName|getClassLoader|classLoader|getContextClassLoader"
            + "|contextClassLoader|getSystemClassLoader|getPlatformClassLoader|loadClass|defineClass|getDeclaredMethods?"
            + "|declaredMethods|getDeclaredFields?|declaredFields|getDeclaredConstructors?|declaredConstructors|getMethods?"
            + "|getFields?|getConstructors?|newInstance|setAccessible|invoke|invokeExact|invokeWithArguments|getRuntime"
            + "|exec|getenv)\\b");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:(function|static)\\s+)?([\\w.]+?)(\\.\\*)?\\s*;?\\s*$");
    private static final Pattern RULE_KEYWORD = Pattern.compile("^\\s*(rule|query)\\s");
    private static final Pattern RULE = Pattern.compile("^\\s*(rule|query)\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s(]+))");
    private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+(?:enum\\s+|trait\\s+)?([\\w.]+)");
    private static final Pattern FUNCTION = Pattern.compile("^\\s*function\\s+[\\w.<>\\[\\],?\\s]*?(\\w+)\\s*\\(");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private final DrlSource source;
    /** The text with comments, the contents of literals and Java code blanked out, offsets kept. */
    private final char[] code;
    /** Whose text each offset is: a rule, query, function or type, or null for the file's own lines. */
    private final Owner[] owners;
    private final Map<String, String> imported = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>(List.of("java.lang"));
    private final List<Found> found = new ArrayList<>();

    private DrlCodeText(DrlSource source) {
        this.source = source;
        this.code = blankCommentsAndLiterals(source.text());
        this.owners = new Owner[code.length];
    }

    /** The members named in the file's MVEL text, in the order they occur. */
    static List<Found> uses(DrlSource source) {
        DrlCodeText text = new DrlCodeText(source);
        text.sections();
        text.names();
        return text.found;
    }

    private enum State { FILE, CONDITIONS, CONSEQUENCE, BLOCK, FUNCTION }

    /** What a line opens: whose text follows, and what kind of text it is. */
    private record Opening(Owner owner, State state) {
    }

    /**
     * Splits the file into its rules, queries, types and functions, line by line, and blanks out their
     * Java code: a rule's consequence (from {@code then} to {@code end}) and a function's body.
     */
    private void sections() {
        State state = State.FILE;
        Owner owner = null;
        int depth = 0;
        int line = 1;
        for (int start = 0; start < code.length; line++) {
            int end = start;
            while (end < code.length && code[end] != '\n') {
                end++;
            }
            String text = new String(code, start, end - start).strip();
            boolean closes = text.equals("end") || text.startsWith("end ");
            State before = state;
            switch (state) {
                case FILE -> {
                    Opening opening = opening(start, end, line);
                    if (opening != null) {
                        owner = opening.owner();
                        state = opening.state();
                        depth = 0;
                    }
                }
                case CONDITIONS -> {
                    Matcher then = THEN.matcher(new String(code, start, end - start));
                    if (closes) {
                        state = State.FILE;
                    } else if (then.find()) {
                        blank(start + then.start(), end);
                        state = State.CONSEQUENCE;
                    }
                }
                case CONSEQUENCE -> {
                    if (closes) {
                        state = State.FILE;
                    } else {
                        blank(start, end);
                    }
                }
                case BLOCK -> state = closes ? State.FILE : state;
                case FUNCTION -> {
                }
            }
            for (int i = start; state == State.FUNCTION && i < end; i++) {
                char c = code[i];
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 0 && !(c == '{' && depth == 1)) {
                    code[i] = ' ';
                } else if (c == '}' && depth == 0) {
                    state = State.FILE;
                }
            }
            Arrays.fill(owners, start, Math.min(end + 1, code.length), before != State.FILE || state != State.FILE ? owner : null);
            start = end + 1;
        }
    }

    /** The section a line of the file's own text opens, or null; an import line is recorded and blanked. */
    private Opening opening(int start, int end, int line) {
        String text = new String(code, start, end - start);
        SourceLocation here = new SourceLocation(source.name(), line, 1);
        Matcher imports = IMPORT.matcher(text);
        if (imports.find()) {
            imported(imports, line);
            blank(start, end);
            return null;
        }
        Matcher rule = RULE.matcher(source.text().substring(start, end));
        if (RULE_KEYWORD.matcher(text).find() && rule.find()) {
            String name = rule.group(2) != null ? rule.group(2) : rule.group(3) != null ? rule.group(3) : rule.group(4);
            return rule.group(1).equals("query") ? new Opening(new Owner("query \"" + name + "\"", here), State.BLOCK)
                    : new Opening(new Owner("rule \"" + name + "\"", source.locationOf(name)), State.CONDITIONS);
        }
        Matcher declare = DECLARE.matcher(text);
        if (declare.find()) {
            return new Opening(new Owner("type \"" + declare.group(1) + "\"", here), State.BLOCK);
        }
        Matcher function = FUNCTION.matcher(text);
        return function.find() ? new Opening(new Owner("function \"" + function.group(1) + "\"", here), State.FUNCTION) : null;
    }

    /** Records an import: a class or package for resolving names, or a function, which is a use. */
    private void imported(Matcher imports, int line) {
        String name = imports.group(2);
        if (imports.group(1) != null) {
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                found.add(new Found(new Use(name.substring(0, dot), name.substring(dot + 1), Use.Kind.IMPORT),
                        new Owner("", new SourceLocation(source.name(), line, 1))));
            }
        } else if (imports.group(3) != null) {
            wildcards.add(name);
        } else {
            imported.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
    }

    /** Finds the members the remaining text names. */
    private void names() {
        String text = new String(code);
        boolean[] resolved = new boolean[code.length];
        Matcher m = CHAIN.matcher(text);
        while (m.find()) {
            List<String> parts = List.of(DOT.split(m.group(2)));
            Optional<Use> use = resolve(parts, m.group(1) != null, isCall(text, m.end()));
            if (use.isPresent()) {
                Arrays.fill(resolved, m.start(), m.end(), true);
                add(use.get(), m.start(2));
            }
        }
        Matcher reflective = REFLECTIVE.matcher(text);
        while (reflective.find()) {
            if (!resolved[reflective.start(1)]) {
                add(new Use(null, reflective.group(1), Use.Kind.NAMED), reflective.start(1));
            }
        }
    }

    private void add(Use use, int offset) {
        Owner owner = owners[offset];
        if (owner == null) {
            int line = DrlSource.lineAt(source.text(), offset);
            owner = new Owner("", new SourceLocation(source.name(), line, offset - source.text().lastIndexOf('\n', offset - 1)));
        }
        found.add(new Found(use, owner));
    }

    /**
     * The member a dotted name uses: the class is the name's first capitalised part, with the package
     * before it or, for a simple name, found through the imports; nested classes go with it. A class
     * named alone (a pattern, a type) is no use; an unknown class is not one this check can judge.
     */
    private Optional<Use> resolve(List<String> parts, boolean created, boolean called) {
        int first = 0;
        while (first < parts.size() && !Character.isUpperCase(parts.get(first).charAt(0))) {
            if (parts.get(first).startsWith("$")) {
                return Optional.empty();
            }
            first++;
        }
        if (first == parts.size()) {
            return Optional.empty();
        }
        String owner = first > 0 ? String.join(".", parts.subList(0, first + 1)) : simpleName(parts.get(0));
        if (owner == null) {
            return Optional.empty();
        }
        int member = first + 1;
        while (member < parts.size() - 1 && Character.isUpperCase(parts.get(member).charAt(0))) {
            owner += "$" + parts.get(member++);
        }
        if (created) {
            String type = member < parts.size() ? owner + "$" + parts.get(member) : owner;
            return Optional.of(new Use(type, "<init>", Use.Kind.CONSTRUCTOR));
        }
        if (member >= parts.size()) {
            return Optional.empty();
        }
        boolean last = member == parts.size() - 1;
        return Optional.of(new Use(owner, parts.get(member), last && called ? Use.Kind.METHOD : Use.Kind.FIELD));
    }

    /** The class a simple name stands for through the imports or java.lang, or null. */
    private String simpleName(String name) {
        if (imported.containsKey(name)) {
            return imported.get(name);
        }
        for (int i = wildcards.size() - 1; i >= 0; i--) {   // imports before java.lang
            String candidate = wildcards.get(i) + "." + name;
            try {
                Class.forName(candidate, false, DrlCodeText.class.getClassLoader());
                return candidate;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return null;
    }

    private static boolean isCall(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            code[i] = ' ';
        }
    }

    /** The text with comments and the contents of string and character literals as spaces, newlines kept. */
    static char[] blankCommentsAndLiterals(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            char next = i + 1 < out.length ? out[i + 1] : 0;
            if (c == '/' && next == '/') {
                while (i < out.length && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? out.length : close + 2;
                for (; i < stop; i++) {
                    out[i] = out[i] == '\n' ? '\n' : ' ';
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < out.length && out[i] != c && out[i] != '\n') {
                    if (out[i] == '\\' && i + 1 < out.length && out[i + 1] != '\n') {
                        out[i++] = ' ';
                    }
                    out[i++] = ' ';
                }
                i++;
            } else {
                i++;
            }
        }
        return out;
    }
}
