package dev.claimcheck.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a claim field that names reference data by id (a series, an office, an event, a ranking
 * measure). The engine finds a claim's series through it, so a new kind that names a metric gets its
 * reference values without any further step.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RefersTo {
    Reference value();

    /** The kinds of reference data a claim can name. */
    enum Reference {
        SERIES, OFFICE, EVENT, MEASURE
    }
}
