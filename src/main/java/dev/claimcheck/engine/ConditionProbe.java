package dev.claimcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * For {@code explain}: given a rule that did not match a fact, finds the first condition on that fact
 * alone (a constraint of a pattern of its type) that the fact fails, as the rule's author wrote it.
 * Conditions that join other facts cannot be judged on one fact; then nothing is reported. Uses
 * Drools' internal classes, pinned with its version; any surprise means "cannot tell".
 */
public final class ConditionProbe implements AutoCloseable {
    private final CompiledRules rules;
    private final KieSession session;

    public ConditionProbe(CompiledRules rules) {
        this.rules = rules;
        this.session = rules.kieBase().newKieSession();
    }

    public Optional<String> failingCondition(RuleInfo info, Object fact) {
        try {
            Rule rule = find(info);
            if (!(rule instanceof RuleImpl impl) || !(session instanceof ValueResolver resolver)) {
                return Optional.empty();
            }
            FactHandle handle = session.insert(fact);
            try {
                for (Pattern pattern : patterns(impl.getLhs())) {
                    if (pattern.getObjectType() instanceof ClassObjectType type && type.getClassType().isInstance(fact)) {
                        for (Constraint constraint : pattern.getConstraints()) {
                            if (constraint instanceof AlphaNodeFieldConstraint alpha && !alpha.isAllowed(handle, resolver)) {
                                return Optional.of(text(constraint));
                            }
                        }
                    }
                }
            } finally {
                session.delete(handle);
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Rule find(RuleInfo info) {
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule.getName().equals(info.id())) {
                    return rule;
                }
            }
        }
        return null;
    }

    private static List<Pattern> patterns(RuleConditionElement element) {
        List<Pattern> found = new ArrayList<>();
        if (element instanceof Pattern pattern) {
            found.add(pattern);
        } else if (element instanceof GroupElement group && !group.isNot()) {
            group.getChildren().forEach(child -> found.addAll(patterns(child)));
        }
        return found;
    }

    private static String text(Constraint constraint) {
        return constraint instanceof MVELConstraint mvel ? mvel.getExpression() : constraint.toString();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
