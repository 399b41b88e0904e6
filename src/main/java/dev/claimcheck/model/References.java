package dev.claimcheck.model;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the fields of a claim that name reference data, as marked by {@link RefersTo}. */
final class References {
    private static final ClassValue<Map<RefersTo.Reference, List<Field>>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<RefersTo.Reference, List<Field>> computeValue(Class<?> type) {
            List<Field> marked = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(RefersTo.class)) {
                        field.setAccessible(true);
                        marked.add(field);
                    }
                }
            }
            return marked.stream().collect(Collectors.groupingBy(f -> f.getAnnotation(RefersTo.class).value()));
        }
    };

    private References() {
    }

    /** The ids the claim's fields of that kind name, in field order; absent fields are left out. */
    static List<String> of(Claim claim, RefersTo.Reference kind) {
        List<String> ids = new ArrayList<>();
        for (Field field : FIELDS.get(claim.getClass()).getOrDefault(kind, List.of())) {
            try {
                Object value = field.get(claim);
                if (value != null) {
                    ids.add(value.toString());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return List.copyOf(ids);
    }
}
