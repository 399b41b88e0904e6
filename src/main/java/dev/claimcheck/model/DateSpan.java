package dev.claimcheck.model;

import java.time.LocalDate;

/** A run of days, both ends included: what time words such as "last year" stand for. */
public record DateSpan(LocalDate start, LocalDate end) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + " to " + end;
    }
}
