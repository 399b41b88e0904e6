package dev.claimcheck.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.claimcheck.model.SourceLocation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports fields marked {@code @JsonProperty(required = true)} that a file left out. Jackson enforces
 * that only for constructor parameters; the model uses plain fields so that it reads simply.
 */
final class RequiredFields {
    private static final PropertyNamingStrategies.NamingBase YAML_NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private RequiredFields() {
    }

    static List<Problem> check(Object bean, SourceLocation location, String what) {
        List<Problem> problems = new ArrayList<>();
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && property.required() && valueOf(field, bean) == null) {
                    problems.add(new Problem(location,
                            "missing required field '" + YAML_NAMES.translate(field.getName()) + "' in " + what));
                }
            }
        }
        return problems;
    }

    private static Object valueOf(Field field, Object bean) {
        try {
            field.setAccessible(true);
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("model field not readable: " + field, e);
        }
    }
}
