package dev.claimcheck.engine;

import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.Suggestions;
import dev.claimcheck.model.FactTypes;
import dev.claimcheck.problem.SourceLocation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Makes Drools' compile messages readable: the real file instead of a virtual path, the column the
 * parser put only in its text, and the message without codes and repeated context.
 */
final class DroolsMessages {
    private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "Field Reader does not exist for declaration '[^']*' in '([^']*?:\\s*(\\w+))'");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern NO_SUCH_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: [\\w.]*?\\.(\\w+)\\.(\\w+)\\(\\)");
    private static final Pattern UNRESOLVED = Pattern.compile("(\\$?\\w+) cannot be resolved");
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");

    private DroolsMessages() {
    }

    static Problem toProblem(KnowledgeBuilderError error, List<DrlSource> sources) {
        String file = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 1;
        int column = 1;
        String raw = error.getMessage() == null ? "error" : error.getMessage();
        Matcher at = LINE_COLUMN.matcher(raw);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1;
        }
        String message = clean(raw);
        SourceLocation location = new SourceLocation(file, line, column);
        Matcher unknownField = UNKNOWN_FIELD.matcher(message);
        if (unknownField.find()) {
            message = "unknown field '" + unknownField.group(2) + "' in pattern '" + unknownField.group(1) + "'";
            location = locate(sources, location, unknownField.group(1));
        }
        Matcher unknownType = UNKNOWN_TYPE.matcher(message);
        if (unknownType.find()) {
            String type = unknownType.group(1);
            message = "unknown fact type '" + type + "'" + Suggestions.didYouMean(type, FactTypes.names())
                    + " (is the model imported? import dev.claimcheck.model.*;)";
            location = locate(sources, location, type);
        }
        Matcher noMethod = NO_SUCH_FIELD.matcher(message);
        if (noMethod.find()) {
            String type = noMethod.group(1);
            String field = noMethod.group(2);
            List<String> fields = FactTypes.named(type).map(FactTypes::fields).orElse(List.of());
            message = "unknown field '" + field + "' of " + type + Suggestions.didYouMean(field, fields)
                    + (fields.isEmpty() ? "" : " (fields: " + String.join(", ", fields) + ")");
            location = locate(sources, location, field);
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            location = locate(sources, location, unresolved.group(1));
        }
        return new Problem(location, message);
    }

    /** Java errors in consequences are reported at the rule's first line; finds the word itself after it. */
    private static SourceLocation locate(List<DrlSource> sources, SourceLocation near, String word) {
        return sources.stream()
                .filter(source -> source.name().equals(near.file()))
                .findFirst()
                .map(source -> source.find(word, near.line()))
                .orElse(near);
    }

    static String clean(String message) {
        String first = CODE_PREFIX.matcher(message.strip()).replaceFirst("");
        List<String> lines = first.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1 && lines.get(0).startsWith("Rule Compilation error")) {
            // Java errors in a consequence: the useful part is after the generated file's name.
            return "in the consequence: " + lines.subList(1, lines.size()).stream()
                    .map(l -> l.replaceFirst("^\\S+\\.java \\(\\d+:\\d+\\) : ", ""))
                    .reduce((a, b) -> a + "; " + b).orElse(first);
        }
        return String.join(" ", lines).replaceFirst("^Rule Compilation error\\s*:?\\s*(\\[Rule name='[^']*'\\]\\s*)?",
                "in the consequence: ");
    }

    /** Messages that only repeat an earlier one's consequence, such as the parser giving up on a file. */
    static boolean isEcho(Problem problem, List<Problem> others, List<DrlSource> sources) {
        if (problem.message().startsWith("Parser returned a null Package")) {
            return others.stream().anyMatch(o -> o.location().file().equals(problem.location().file()) && o != problem);
        }
        // A consequence cannot compile once a condition of its rule failed: report the condition only.
        return problem.message().startsWith("in the consequence:") && others.stream().anyMatch(o -> o != problem
                && !o.message().startsWith("in the consequence:") && sameRule(o, problem, sources));
    }

    private static boolean sameRule(Problem a, Problem b, List<DrlSource> sources) {
        return a.location().file().equals(b.location().file()) && sources.stream()
                .filter(s -> s.name().equals(a.location().file()))
                .anyMatch(s -> s.ruleAt(a.location().line()).equals(s.ruleAt(b.location().line())));
    }
}
