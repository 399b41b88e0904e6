package dev.claimcheck.engine;

import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/** Reads and checks each rule's {@code @id}, {@code @severity}, {@code @title} and {@code @description}. */
final class RuleMetadata {
    private RuleMetadata() {
    }

    static Map<String, RuleInfo> read(KieBase kieBase, List<DrlSource> sources) throws InputException {
        Map<String, RuleInfo> byKey = new HashMap<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        RuleCompiler.allRules(kieBase).forEach(rule -> {
            DrlSource source = sourceOf(rule, sources);
            SourceLocation at = source == null ? SourceLocation.of(rule.getPackageName()) : source.locationOf(rule.getName());
            String where = "rule \"" + rule.getName() + "\"";
            String id = text(rule, "id");
            String title = text(rule, "title");
            Optional<Severity> severity = Severity.parse(text(rule, "severity"));
            if (id.isEmpty()) {
                problems.add(new Problem(at, where + " has no @id(\"...\"): findings, baselines and waivers name rules by id"));
            }
            if (severity.isEmpty()) {
                problems.add(new Problem(at, where + (text(rule, "severity").isEmpty() ? " has no @severity" : " has @severity(\""
                        + text(rule, "severity") + "\")") + "; use one of " + String.join(", ", Severity.words())));
            }
            if (title.isEmpty()) {
                problems.add(new Problem(at, where + " has no @title(\"...\"): a one-line statement of what it checks"));
            }
            if (id.isEmpty() || severity.isEmpty() || title.isEmpty()) {
                return;
            }
            RuleInfo info = new RuleInfo(id, rule.getName(), severity.get(), title, text(rule, "description"), at,
                    PatternTypes.of(rule), source == null ? "" : source.conditionsOf(rule.getName()));
            RuleInfo twin = byId.putIfAbsent(id, info);
            if (twin != null) {
                problems.add(new Problem(at, "rule id '" + id + "' is already used at " + twin.location()));
            }
            byKey.put(CompiledRules.key(rule.getPackageName(), rule.getName()), info);
        });
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.toString().compareTo(b.toString()));
            throw new InputException(problems);
        }
        return byKey;
    }

    private static DrlSource sourceOf(Rule rule, List<DrlSource> sources) {
        return sources.stream()
                .filter(source -> source.defines(rule.getPackageName(), rule.getName()))
                .findFirst()
                .orElse(null);
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? "" : value.toString().strip();
    }
}
