package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.claimcheck.number.Quantity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A definition that ties series together, from reference data: "cn-trade-balance-usd equals
 * cn-exports-usd - cn-imports-usd". Any one member follows from the others, so a claimed level of any
 * member can be checked against the others' levels, claimed or in force.
 */
public class Identity extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    /** The series the identity defines: the left-hand side. */
    @JsonProperty(required = true)
    private String series;
    @JsonProperty(required = true)
    private SeriesSum equals;
    /** Optional: a definition needs no source, but may cite the method it follows. */
    private String source;
    private String note;
    @JsonIgnore
    private List<String> members;

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSeries() {
        return series;
    }

    public SeriesSum getEquals() {
        return equals;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    /** Every series of the identity: the defined one first, then the terms in order. */
    public List<String> getMembers() {
        if (members == null) {
            List<String> all = new ArrayList<>(List.of(series));
            all.addAll(equals.series());
            members = List.copyOf(all);
        }
        return members;
    }

    /**
     * Signs with which the members add up to zero: +1 for the defined series, minus each term's sign
     * (balance − exports + imports = 0).
     */
    private List<Integer> coefficients() {
        List<Integer> signs = new ArrayList<>(List.of(1));
        equals.getParts().forEach(part -> signs.add(-part.sign()));
        return signs;
    }

    /**
     * The value of the claim's series worked out from the other members' levels in the same article and
     * period, when every member has one and the claim is the one to check: the first member the article
     * claims, in the identity's order (the defined series first), so that one identity gives one check per
     * period. The article's own figures are preferred to reference data. Empty otherwise; for {@code from}.
     */
    public List<IdentityValue> solve(LevelClaim claim, Collection<? extends Level> levels) {
        Map<String, Level> chosen = preferredLevels(levels);
        if (chosen.size() < getMembers().size()) {
            return List.of();
        }
        String target = getMembers().stream().filter(m -> chosen.get(m).getOrigin() == Origin.CLAIM)
                .findFirst().orElse("");
        if (!target.equals(claim.getMetric())) {
            return List.of();
        }
        return List.of(valueFor(claim, chosen));
    }

    /** For each member, its level: a claim of the article before a reference value, then a stable order. */
    private Map<String, Level> preferredLevels(Collection<? extends Level> levels) {
        Comparator<Level> preference = Comparator.comparing((Level level) -> level.getOrigin() != Origin.CLAIM)
                .thenComparing(level -> level.getValue().describe());
        Map<String, Level> chosen = new LinkedHashMap<>();
        for (String member : getMembers()) {
            levels.stream().filter(level -> level.getMetric().equals(member) && level.getOrigin() != Origin.DERIVED)
                    .min(preference).ifPresent(level -> chosen.put(member, level));
        }
        return chosen;
    }

    private IdentityValue valueFor(LevelClaim claim, Map<String, Level> chosen) {
        List<String> all = getMembers();
        List<Integer> coefficients = coefficients();
        int targetSign = coefficients.get(all.indexOf(claim.getMetric()));
        List<Quantity> added = new ArrayList<>();
        List<Quantity> subtracted = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Quantity value = chosen.get(all.get(i)).getValue();
            if (all.get(i).equals(claim.getMetric())) {
                continue;
            }
            if (value.getUnit() != claim.getValue().getUnit()) {
                return IdentityValue.unitsDiffer(this, claim, value);
            }
            (-targetSign * coefficients.get(i) > 0 ? added : subtracted).add(value);
        }
        return IdentityValue.of(this, claim, sum(added, subtracted).named("by identity " + id));
    }

    /** a + b − c − d, the added values first so that the arithmetic reads as written. */
    private static Quantity sum(List<Quantity> added, List<Quantity> subtracted) {
        Quantity total = added.isEmpty() ? subtracted.get(0).negate() : added.get(0);
        for (Quantity value : added.subList(Math.min(1, added.size()), added.size())) {
            total = total.plus(value);
        }
        for (Quantity value : subtracted.subList(added.isEmpty() ? 1 : 0, subtracted.size())) {
            total = total.minus(value);
        }
        return total;
    }

    /** "cn-trade-balance-usd = cn-exports-usd − cn-imports-usd". */
    public String describe() {
        return series + " = " + equals;
    }

    @Override
    public String toString() {
        return "Identity(" + id + ": " + describe() + ")";
    }
}
