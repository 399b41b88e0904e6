package dev.claimcheck.engine;

import java.util.List;

/**
 * One firing of a rule, as traced for {@code explain}: the facts it matched, the checks it recorded
 * and the facts it inserted.
 */
public record Firing(RuleInfo rule, List<Object> matched, List<Check> concluded, List<Object> inserted) {
}
