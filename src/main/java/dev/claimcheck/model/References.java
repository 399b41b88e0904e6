package dev.claimcheck.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the marked fields of a claim: those that name reference data ({@link RefersTo}) and those whose
 * value its quote must state ({@link Quoted}). Found once per claim class, in declaration order.
 */
final class References {
    private static final ClassValue<List<Field>> MARKED = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> marked = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                List<Field> own = new ArrayList<>();
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(RefersTo.class) || field.isAnnotationPresent(Quoted.class)) {
                        field.setAccessible(true);
                        own.add(field);
                    }
                }
                marked.addAll(0, own);
            }
            return List.copyOf(marked);
        }
    };

    private References() {
    }

    /** The ids the claim gives for reference data, absent fields left out. */
    static List<ClaimReference> of(Claim claim) {
        return read(claim, RefersTo.class, (field, value) ->
                new ClaimReference(field.getName(), field.getAnnotation(RefersTo.class).value(), value.toString()));
    }

    /** The values the claim's quote must state, absent fields left out. */
    static List<QuotedValue> quoted(Claim claim) {
        return read(claim, Quoted.class, (field, value) ->
                new QuotedValue(field.getName(), field.getAnnotation(Quoted.class).value(), value));
    }

    private static <T> List<T> read(Claim claim, Class<? extends Annotation> marker, BiFunction<Field, Object, T> make) {
        List<T> found = new ArrayList<>();
        for (Field field : MARKED.get(claim.getClass())) {
            if (!field.isAnnotationPresent(marker)) {
                continue;
            }
            try {
                Object value = field.get(claim);
                if (value != null) {
                    found.add(make.apply(field, value));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return List.copyOf(found);
    }
}
