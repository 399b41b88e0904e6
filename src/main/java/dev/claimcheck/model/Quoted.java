package dev.claimcheck.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a claim field whose value has a written form that the claim's quote must state: the rule
 * {@code quote-supports-value} reads every such field, so a new kind gets the check by marking its fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Quoted {
    WrittenAs value();

    /** How a value is written in a quote. */
    enum WrittenAs {
        /** "US$295.4 billion", "10%", "up to 15 per cent". */
        AMOUNT,
        /**
         * A period: "2024" or time words that resolve to the year ("last year"); a month "December",
         * "Dec 2024" or "last month"; a quarter "Q4" or "fourth quarter"; a day as for DATE.
         */
        PERIOD,
        /** "Feb 21", "21 February", or a weekday that resolves to the date. */
        DATE,
        /** "Friday". */
        WEEKDAY,
        /** The time words themselves, e.g. "earlier this week". */
        WORDS,
        /** A person's full name or surname. */
        PERSON,
        /** An office's title or one of its aliases in reference data. */
        OFFICE,
        /** "former" or its absence. */
        TENURE,
        /** "rose", "fell" and the like. */
        DIRECTION,
        /** "down from", "below" and the like. */
        RELATION,
        /** "two largest", "top three". */
        RANK,
        /** What a change is compared with: "year on year", "from a year earlier", "month on month". */
        BASIS
    }
}
