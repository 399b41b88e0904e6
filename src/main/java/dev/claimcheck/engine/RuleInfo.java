package dev.claimcheck.engine;

import dev.claimcheck.problem.SourceLocation;
import java.util.List;

/**
 * A rule's metadata: its id (the rule's name in DRL), severity (null for a rule that only derives
 * facts), title and description from its annotations, where it is written, the fact types its conditions
 * match and their text (empty for claimcheck's built-in checks), whether it is a precondition:
 * a check of a claim's form (its quote, its ids) whose pass alone does not make a claim consistent;
 * and, for its help, what an analyst edits to fix a finding ({@code @fix}) and an example of one
 * ({@code @example}, else taken from a test case that makes it fail; empty when there is neither).
 */
public record RuleInfo(String id, Severity severity, String title, String description,
                       SourceLocation location, List<Class<?>> patternTypes, String conditions, boolean precondition,
                       String fix, String example) {
    public RuleInfo(String id, Severity severity, String title, String description, SourceLocation location) {
        this(id, severity, title, description, location, List.of(), "");
    }

    /** A built-in check's metadata: it has no DRL conditions; its help is written with it. */
    public RuleInfo(String id, Severity severity, String title, String description, String fix, String example,
                    SourceLocation location) {
        this(id, severity, title, description, location, List.of(), "", false, fix, example);
    }

    public RuleInfo(String id, Severity severity, String title, String description, SourceLocation location,
                    List<Class<?>> patternTypes, String conditions) {
        this(id, severity, title, description, location, patternTypes, conditions, false);
    }

    public RuleInfo(String id, Severity severity, String title, String description, SourceLocation location,
                    List<Class<?>> patternTypes, String conditions, boolean precondition) {
        this(id, severity, title, description, location, patternTypes, conditions, precondition, "", "");
    }


    /**
     * The example for the rule's help: its {@code @example}, else one from the test cases beside its DRL file
     * ({@code tests/*.yaml}). Those are read here, when help is asked for, not by every run that compiles rules.
     */
    public String helpExample() {
        if (!example.isBlank() || location == null || location.file() == null || !location.file().endsWith(".drl")) {
            return example;
        }
        return RuleExamples.besideRules(location.file()).getOrDefault(id, "");
    }

    /** Whether the rule reports findings; a rule that only derives facts for other rules has no severity. */
    public boolean reports() {
        return severity != null;
    }

    /** The severity's word, or "derives" for a rule that only derives facts: for listings. */
    public String role() {
        return reports() ? severity.word() : "derives";
    }

    /** Whether some condition of the rule matches facts of the given class (accumulate results aside). */
    public boolean matchesType(Class<?> type) {
        return patternTypes.stream().anyMatch(t -> t != Object.class && !t.getName().startsWith("java.")
                && t.isAssignableFrom(type));
    }
}
