package dev.claimcheck.engine;

import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import dev.claimcheck.problem.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Description;

/**
 * Reads and checks each rule's name (its id), {@code @title}, {@code @severity} (for rules that report),
 * and its help: {@code @description}, {@code @fix} and {@code @example} (else an example from its test cases).
 */
final class RuleMetadata {
    /** Lower-case words joined by '-': the form of rule ids in findings, baselines and waivers. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** The annotations claimcheck reads; any other is a typo that would be silently ignored. */
    private static final List<String> ANNOTATIONS = List.of("title", "severity", "description", "fix", "example",
            "precondition");

    private RuleMetadata() {
    }

    static Map<String, RuleInfo> read(KieBase kieBase, List<DrlSource> sources)
            throws InputException {
        Map<String, RuleInfo> byKey = new HashMap<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        RuleCompiler.allRules(kieBase).forEach(rule -> {
            DrlSource source = sourceOf(rule, sources);
            SourceLocation at = source == null ? SourceLocation.of(rule.getPackageName()) : source.locationOf(rule.getName());
            List<String> wrong = problemsOf(rule, source);
            wrong.forEach(message -> problems.add(new Problem(at, "rule \"" + rule.getName() + "\" " + message)));
            if (!wrong.isEmpty()) {
                return;
            }
            RuleInfo info = new RuleInfo(rule.getName(), Severity.parse(text(rule, "severity")).orElse(null),
                    text(rule, "title"), text(rule, "description"), at, PatternTypes.of(rule),
                    source == null ? "" : source.conditionsOf(rule.getName()),
                    "true".equals(text(rule, "precondition")), text(rule, "fix"),
                    text(rule, "example"));
            RuleInfo twin = byId.putIfAbsent(info.id(), info);
            if (twin != null) {
                problems.add(new Problem(at, "rule \"" + info.id() + "\" is already defined at " + twin.location()));
            }
            byKey.put(CompiledRules.key(rule.getPackageName(), rule.getName()), info);
        });
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.toString().compareTo(b.toString()));
            throw new InputException(problems);
        }
        return byKey;
    }

    private static List<String> problemsOf(Rule rule, DrlSource source) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(rule.getName()).matches()) {
            problems.add("is not a rule id: name rules with lower-case words joined by '-', e.g."
                    + " rule \"weekday-matches-date\"; findings, baselines and waivers use the name");
        }
        metaData(rule).keySet().stream()
                .filter(key -> !ANNOTATIONS.contains(key) && !key.equals("id"))
                .sorted()
                .forEach(key -> problems.add("has @" + key + ", which claimcheck does not read" + Suggestions.didYouMean(key,
                        ANNOTATIONS) + " (rules take @" + String.join(", @", ANNOTATIONS) + ")"));
        if (metaData(rule).containsKey("precondition") && !"true".equals(text(rule, "precondition"))) {
            problems.add("has @precondition without (true): write @precondition(true)");
        }
        if (!text(rule, "id").isEmpty()) {
            problems.add("has @id: a rule's name is its id, so drop @id");
        }
        if (text(rule, "title").isEmpty()) {
            problems.add("has no @title(\"...\"): a one-line statement of what it checks");
        }
        String severity = text(rule, "severity");
        Optional<Severity> parsed = Severity.parse(severity);
        if (!severity.isEmpty() && parsed.isEmpty()) {
            problems.add("has @severity(\"" + severity + "\"); use one of " + String.join(", ", Severity.words()));
        }
        boolean reports = source != null && source.consequenceOf(rule.getName()).contains("findings.");
        if (severity.isEmpty() && reports) {
            problems.add("reports findings but has no @severity; use one of " + String.join(", ", Severity.words()));
        }
        return problems;
    }

    private static DrlSource sourceOf(Rule rule, List<DrlSource> sources) {
        return sources.stream()
                .filter(source -> source.defines(rule.getPackageName(), rule.getName()))
                .findFirst()
                .orElse(null);
    }

    /** The rule's annotations by name; Drools files {@code @description} under its own annotation type's name. */
    private static Map<String, Object> metaData(Rule rule) {
        Map<String, Object> metaData = new HashMap<>(rule.getMetaData());
        Object description = metaData.remove(Description.class.getName());
        if (description != null) {
            metaData.putIfAbsent("description", description);
        }
        return metaData;
    }

    private static String text(Rule rule, String key) {
        Object value = metaData(rule).get(key);
        return value == null ? "" : value.toString().strip();
    }
}
