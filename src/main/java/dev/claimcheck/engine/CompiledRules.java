package dev.claimcheck.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/** A rule set ready to run: the Drools knowledge base and every rule's metadata. */
public final class CompiledRules {
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByKey;

    CompiledRules(KieBase kieBase, Map<String, RuleInfo> rulesByKey) {
        this.kieBase = kieBase;
        this.rulesByKey = Map.copyOf(rulesByKey);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    KieBase kieBase() {
        return kieBase;
    }

    Map<String, RuleInfo> rulesByKey() {
        return rulesByKey;
    }

    /** Every rule, by file and line. */
    public List<RuleInfo> rules() {
        return rulesByKey.values().stream()
                .sorted(Comparator.comparing((RuleInfo r) -> r.location().file())
                        .thenComparingInt(r -> r.location().line()))
                .toList();
    }

    public Map<String, RuleInfo> rulesById() {
        return rulesByKey.values().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }
}
