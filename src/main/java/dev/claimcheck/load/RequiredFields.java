package dev.claimcheck.load;

import dev.claimcheck.problem.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.claimcheck.problem.SourceLocation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reports fields marked {@code @JsonProperty(required = true)} that a file left out. Jackson enforces
 * that only for constructor parameters; the model uses plain fields so that it reads simply.
 */
final class RequiredFields {
    private static final PropertyNamingStrategies.NamingBase YAML_NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private RequiredFields() {
    }

    /** The required fields of each model class, looked up once: a large corpus has a million objects. */
    private static final ClassValue<List<Field>> REQUIRED = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> required = DeclaredFields.of(type, field -> {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                return property != null && property.required();
            });
            required.forEach(field -> field.setAccessible(true));
            return required;
        }
    };

    static List<Problem> check(Object bean, SourceLocation location, Supplier<String> what) {
        List<Problem> problems = null;
        for (Field field : REQUIRED.get(bean.getClass())) {
            if (valueOf(field, bean) == null) {
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(new Problem(location,
                        "missing required field '" + YAML_NAMES.translate(field.getName()) + "' in " + what.get()));
            }
        }
        return problems == null ? List.of() : problems;
    }

    private static Object valueOf(Field field, Object bean) {
        try {
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("model field not readable: " + field, e);
        }
    }
}
