package dev.claimcheck.load;

import dev.claimcheck.model.Claim;
import dev.claimcheck.problem.SourceLocation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where each field of each claim is written, so that a finding about one value points at its
 * line: the first {@code key:} of the field's YAML name between the start of the claim and the start
 * of the next one.
 */
final class FieldLocations {
    /** An instance field of a claim class with its YAML name. */
    private record NamedField(String javaName, String yamlName) {
    }

    /** Each claim class's instance fields, its own first, then its superclasses': found once per class, not per claim. */
    private static final ClassValue<List<NamedField>> FIELDS = new ClassValue<>() {
        @Override
        protected List<NamedField> computeValue(Class<?> type) {
            return DeclaredFields.of(type, field -> !Modifier.isStatic(field.getModifiers())).stream()
                    .map(field -> new NamedField(field.getName(), yamlName(field.getName()))).toList();
        }
    };

    private FieldLocations() {
    }

    static void assign(String text, List<Claim> claims) {
        int[] lineStarts = lineStarts(text);
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparingInt(c -> offset(lineStarts, c.getLocation())));
        for (int i = 0; i < ordered.size(); i++) {
            Claim claim = ordered.get(i);
            int start = offset(lineStarts, claim.getLocation());
            int end = i + 1 < ordered.size() ? offset(lineStarts, ordered.get(i + 1).getLocation()) : text.length();
            claim.setFieldLocations(locate(text, Math.min(start, end), end, claim, lineStarts));
        }
    }

    private static Map<String, SourceLocation> locate(String text, int start, int end, Claim claim, int[] lineStarts) {
        // One pass over the claim's text: the first place of each key, by its YAML name.
        Map<String, Integer> keys = YamlKeys.first(text, start, end);
        Map<String, SourceLocation> found = new HashMap<>();
        for (NamedField field : FIELDS.get(claim.getClass())) {
            Integer at = keys.get(field.yamlName());
            if (at != null) {
                found.put(field.javaName(), location(claim.getLocation().file(), lineStarts, at));
            }
        }
        return found;
    }

    /** The YAML name of a Java field: claims files use snake_case. */
    static String yamlName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, SourceLocation at) {
        int line = Math.max(1, Math.min(at.line(), lineStarts.length));
        return lineStarts[line - 1] + at.column() - 1;
    }

    private static SourceLocation location(String file, int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new SourceLocation(file, line + 1, offset - lineStarts[line] + 1);
    }
}
