package dev.claimcheck.load;

import dev.claimcheck.problem.Suggestions;
import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.claimcheck.model.ClaimKinds;
import dev.claimcheck.model.Claim;
import dev.claimcheck.problem.SourceLocation;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns Jackson's exceptions into one-line problems a person who is not a programmer can act on. */
final class JacksonProblems {
    private JacksonProblems() {
    }

    static Problem from(String file, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (e.getProcessor() instanceof JsonParser parser && (at == null || isRefusal(e))) {
            // Limits are checked before a token exists: where the parser stopped is where it was exceeded.
            // claimcheck's own refusals are about the token just read: point at its start.
            at = isRefusal(e) ? parser.currentTokenLocation() : parser.currentLocation();
        }
        SourceLocation location = at == null
                ? SourceLocation.of(file)
                : new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        if (e instanceof UnrecognizedPropertyException unknown) {
            location = atKey(location, text, unknown.getPropertyName());
        }
        if (isTab(e)) {
            location = firstTabFrom(location, text);
        }
        if (String.valueOf(e.getOriginalMessage()).contains("'<document start>'")) {
            return YamlDocument.secondDocument(file, text, 1, location.line());
        }
        if (e instanceof StreamConstraintsException && location.line() == 1 && location.column() == 1) {
            location = deepestOpening(location, text);
        }
        return new Problem(location, message(e));
    }

    /** Where flow brackets ([ and {) first nest deeper than claimcheck reads, outside quoted text. */
    private static SourceLocation deepestOpening(SourceLocation reported, String text) {
        int depth = 0;
        int line = 1;
        int column = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                if (++depth > Mappers.MAX_NESTING) {
                    return new SourceLocation(reported.file(), line, column);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return reported;
    }

    /** claimcheck's own refusals of valid YAML (anchors, aliases): they speak for themselves. */
    private static boolean isRefusal(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("a YAML a");
    }

    private static boolean isTab(JsonProcessingException e) {
        String text = e.getOriginalMessage();
        return text != null && (text.contains("'\\t'") || text.contains("\\t(TAB)"));
    }

    /** YAML reports a tab at the end of the line before it; the tab itself is what to fix. */
    private static SourceLocation firstTabFrom(SourceLocation reported, String text) {
        List<String> lines = text.lines().toList();
        for (int line = reported.line(); line <= lines.size(); line++) {
            int tab = lines.get(line - 1).indexOf('\t');
            if (tab >= 0 && (line > reported.line() || tab + 1 >= reported.column())) {
                return new SourceLocation(reported.file(), line, tab + 1);
            }
        }
        return reported;
    }

    /** Jackson places an unknown field at its value; people look for the key. */
    private static SourceLocation atKey(SourceLocation reported, String text, String key) {
        List<String> lines = text.lines().toList();
        if (reported.line() > lines.size()) {
            return reported;
        }
        int column = lines.get(reported.line() - 1).indexOf(key + ":");
        return column < 0 ? reported : new SourceLocation(reported.file(), reported.line(), column + 1);
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + Suggestions.didYouMean(unknown.getPropertyName(), unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidTypeIdException badKind) {
            List<String> kinds = ClaimKinds.names();
            return badKind.getTypeId() == null
                    ? "missing field 'kind' (one of: " + String.join(", ", kinds) + ")"
                    : "unknown claim kind '" + badKind.getTypeId() + "'"
                            + Suggestions.didYouMean(badKind.getTypeId(), kinds)
                            + " (kinds: " + String.join(", ", kinds) + ")";
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            String where = e instanceof JsonMappingException mapping ? field(mapping) : currentField(e);
            return where + "a number out of range (" + firstLine(e.getOriginalMessage())
                    .replaceFirst("^Numeric value \\(([^)]*)\\) out of range of.*", "$1") + "); expected a whole number such as 2024";
        }
        if (e instanceof InvalidFormatException badValue) {
            return field(badValue) + valueProblem(badValue);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return field(mismatch) + expected(mismatch);
        }
        if (e instanceof StreamConstraintsException) {
            return "a value exceeds claimcheck's limits: " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof DatabindException) {
            return firstLine(e.getOriginalMessage());
        }
        return isRefusal(e) ? firstLine(e.getOriginalMessage()) : "not valid YAML: " + yamlMessage(e);
    }

    /** "field 'period': " for a low-level error, from the parser's position, when it knows one. */
    private static String currentField(JsonProcessingException e) {
        try {
            if (e.getProcessor() instanceof JsonParser parser && parser.currentName() != null) {
                return "field '" + parser.currentName() + "': ";
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // The parser is past use; the location alone will do.
        }
        return "";
    }

    private static String field(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return "field '" + path.get(i).getFieldName() + "': ";
            }
        }
        return "";
    }

    private static String valueProblem(InvalidFormatException e) {
        if (e.getCause() instanceof DateTimeParseException dateProblem) {
            return "'" + e.getValue() + "' is not a date in the calendar (write YYYY-MM-DD): "
                    + dateProblem.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "");
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            return "'" + e.getValue() + "' is not one of " + String.join(", ", allowed)
                    + Suggestions.didYouMean(String.valueOf(e.getValue()), allowed);
        }
        if (target == Integer.class || target == int.class) {
            return "expected a whole number such as 2024, not " + e.getValue();
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == Integer.class || target == int.class) {
            return "expected a whole number";
        }
        if (target != null && List.class.isAssignableFrom(target)) {
            return "expected a list";
        }
        if (target == String.class) {
            return "expected text";
        }
        if (target != null && Claim.class.isAssignableFrom(target)) {
            return "expected a claim (a mapping with id, kind, quote, ...)";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String yamlMessage(JsonProcessingException e) {
        String text = e.getOriginalMessage();
        if (isTab(e)) {
            return "a tab character where YAML needs spaces for indentation";
        }
        return String.join(" ", text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("in 'reader'") && !line.startsWith("^"))
                .toList());
    }

    private static String firstLine(String text) {
        return text == null ? "invalid value" : text.lines().findFirst().orElse(text).strip();
    }
}
