package dev.claimcheck.load;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The fields a model class and its superclasses declare, its own first: what the readers look up once per class. */
final class DeclaredFields {
    private DeclaredFields() {
    }

    static List<Field> of(Class<?> type, Predicate<Field> wanted) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (wanted.test(field)) {
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }
}
