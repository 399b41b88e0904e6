package dev.claimcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * The fact types a rule's conditions match, read from Drools' compiled rule. This uses Drools'
 * internal classes (pinned with the Drools version); when they change, it knows nothing rather than fail.
 */
final class PatternTypes {
    private PatternTypes() {
    }

    static List<Class<?>> of(Rule rule) {
        List<Class<?>> types = new ArrayList<>();
        try {
            if (rule instanceof RuleImpl impl) {
                collect(impl.getLhs(), types);
            }
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
        return types;
    }

    private static void collect(RuleConditionElement element, List<Class<?>> into) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type) {
            into.add(type.getClassType());
        }
        if (element instanceof GroupElement group) {
            group.getChildren().forEach(child -> collect(child, into));
        }
    }
}
