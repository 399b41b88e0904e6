package dev.claimcheck.engine;

import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A DRL file's text, its displayed name, and the line where each rule starts. */
record DrlSource(String name, String text, String packageName, Map<String, Integer> ruleLines) {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE_HEADER = Pattern.compile(
            "^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))", Pattern.MULTILINE);

    static DrlSource read(Path file) throws InputException {
        String name = DisplayPaths.of(file);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Matcher pkg = PACKAGE.matcher(text);
            return new DrlSource(name, text, pkg.find() ? pkg.group(1) : "", ruleLines(text));
        } catch (IOException e) {
            throw new InputException(List.of(new Problem(SourceLocation.of(name), "cannot read: " + e.getMessage())));
        }
    }

    private static Map<String, Integer> ruleLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Matcher m = RULE_HEADER.matcher(text);
        while (m.find()) {
            String ruleName = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            lines.putIfAbsent(ruleName, lineAt(text, m.end()));
        }
        return lines;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    boolean defines(String pkg, String ruleName) {
        return packageName.equals(pkg) && ruleLines.containsKey(ruleName);
    }

    /** The first place the word occurs at or after the given line, or that line if it does not. */
    SourceLocation find(String word, int fromLine) {
        int offset = 0;
        for (int line = 1; line < fromLine && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        Matcher m = Pattern.compile(Pattern.quote(word) + "(?![\\w])").matcher(text);
        if (offset < 0 || !m.find(offset)) {
            return new SourceLocation(name, fromLine, 1);
        }
        int start = m.start();
        int line = lineAt(text, start);
        return new SourceLocation(name, line, start - text.lastIndexOf('\n', start - 1));
    }

    /** The text between a rule's {@code when} and {@code then}, one condition a line, or "" if not found. */
    String conditionsOf(String ruleName) {
        return section(ruleName, "when", "then");
    }

    /** The text between a rule's {@code then} and {@code end}, or "" if not found. */
    String consequenceOf(String ruleName) {
        return section(ruleName, "then", "end");
    }

    private String section(String ruleName, String opening, String closing) {
        Integer line = ruleLines.get(ruleName);
        if (line == null) {
            return "";
        }
        StringBuilder section = new StringBuilder();
        boolean inside = false;
        for (String l : text.lines().skip(line - 1L).toList()) {
            String t = l.strip();
            if (inside && (t.equals(closing) || t.startsWith(closing + " "))) {
                break;
            }
            if (inside && !t.isEmpty() && !t.startsWith("//")) {
                section.append(section.length() == 0 ? "" : "\n").append(t);
            }
            inside |= t.equals(opening) || t.startsWith(opening + " ");
        }
        return section.toString();
    }

    /** The name of the rule whose text holds the line, or "" before the first rule. */
    String ruleAt(int line) {
        return ruleLines.entrySet().stream()
                .filter(e -> e.getValue() <= line)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
    }

    SourceLocation locationOf(String ruleName) {
        return new SourceLocation(name, ruleLines.getOrDefault(ruleName, 1), 1);
    }
}
