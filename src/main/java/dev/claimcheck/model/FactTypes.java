package dev.claimcheck.model;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fact types rules can match, and their fields: for lint's suggestions and the authoring guide. */
public final class FactTypes {
    private static final List<Class<?>> ALL = List.of(
            Article.class, Claim.class, LevelClaim.class, PeakClaim.class, ChangeClaim.class, ComparisonClaim.class,
            WeekdayClaim.class, TimeClaim.class, OfficeClaim.class, PredecessorClaim.class, RateClaim.class,
            RankClaim.class, SequenceClaim.class, EventClaim.class, Level.class, MetricClaim.class, Observation.class,
            ReferenceLevel.class, DerivedLevel.class, Source.class, Office.class, Term.class, Event.class,
            Ranking.class, DateSpan.class);

    private FactTypes() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Class::getSimpleName).toList();
    }

    public static Optional<Class<?>> named(String simpleName) {
        return ALL.stream().filter(type -> type.getSimpleName().equals(simpleName)).findFirst();
    }

    /** The fields a pattern on the type can constrain: its bean properties. */
    public static List<String> fields(Class<?> type) {
        try {
            return Arrays.stream(Introspector.getBeanInfo(type).getPropertyDescriptors())
                    .map(PropertyDescriptor::getName)
                    .filter(name -> !name.equals("class"))
                    .sorted()
                    .toList();
        } catch (IntrospectionException e) {
            return List.of();
        }
    }
}
