package dev.claimcheck.engine;

import dev.claimcheck.problem.SourceLocation;
import java.util.List;

/**
 * A rule's metadata from its DRL annotations, where it is written, the fact types its conditions
 * match and their text (empty for claimcheck's built-in checks).
 */
public record RuleInfo(String id, String name, Severity severity, String title, String description,
                       SourceLocation location, List<Class<?>> patternTypes, String conditions) {
    public RuleInfo(String id, String name, Severity severity, String title, String description,
                    SourceLocation location) {
        this(id, name, severity, title, description, location, List.of(), "");
    }

    /** Whether some condition of the rule matches facts of the given class (accumulate results aside). */
    public boolean matchesType(Class<?> type) {
        return patternTypes.stream().anyMatch(t -> t != Object.class && !t.getName().startsWith("java.")
                && t.isAssignableFrom(type));
    }
}
