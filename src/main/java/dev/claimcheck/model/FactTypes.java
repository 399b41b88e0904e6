package dev.claimcheck.model;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The fact types rules can match, and their fields: for lint's suggestions and the authoring guide. */
public final class FactTypes {
    private static final List<Class<?>> ALL = Stream.of(
                    Stream.of(Article.class, Claim.class),
                    ClaimKinds.types().stream(),
                    Stream.of(Level.class, Observation.class, ReferenceLevel.class, DerivedLevel.class, Source.class,
                            Office.class, Term.class, Event.class, Ranking.class, DateSpan.class, SeriesRecord.class, LevelStatement.class,
                            Identity.class, IdentityValue.class, ExchangeRate.class))
            .<Class<?>>flatMap(s -> s)
            .toList();

    private FactTypes() {
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
