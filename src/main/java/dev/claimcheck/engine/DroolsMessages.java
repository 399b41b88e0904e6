package dev.claimcheck.engine;

import dev.claimcheck.load.Problem;
import dev.claimcheck.model.SourceLocation;
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
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");

    private DroolsMessages() {
    }

    static Problem toProblem(KnowledgeBuilderError error, List<DrlSource> sources) {
        String file = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 1;
        int column = 1;
        String message = error.getMessage() == null ? "error" : error.getMessage();
        Matcher at = LINE_COLUMN.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1;
        }
        return new Problem(new SourceLocation(file, line, column), clean(message));
    }

    static String clean(String message) {
        String first = CODE_PREFIX.matcher(message.strip()).replaceFirst("");
        List<String> lines = first.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1 && lines.get(0).startsWith("Rule Compilation error")) {
            // Java errors in a consequence: the useful part is after the generated file's name.
            return lines.subList(1, lines.size()).stream()
                    .map(l -> l.replaceFirst("^\\S+\\.java \\(\\d+:\\d+\\) : ", ""))
                    .reduce((a, b) -> a + "; " + b).orElse(first);
        }
        return String.join(" ", lines);
    }
}
