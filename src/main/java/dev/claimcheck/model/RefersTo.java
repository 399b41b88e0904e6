package dev.claimcheck.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a claim field that names reference data by id (a series, an office, an event, a ranking
 * measure) or another claim. A claim's series are found through it, so a new kind that names a metric
 * gets its reference values without any further step; and an id that names nothing is a finding.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RefersTo {
    Reference value();

    /** The kinds of reference data a claim can name. */
    enum Reference {
        SERIES("series"), OFFICE("office"), EVENT("event"), MEASURE("ranking measure"), CLAIM("claim");

        private final String word;

        Reference(String word) {
            this.word = word;
        }

        /** How messages name it: "series", "ranking measure". */
        public String word() {
            return word;
        }
    }
}
