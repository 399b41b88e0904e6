package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One person's term in an office: first and last day (both included), acting or not, and its source. */
public class Term extends CitedFact {
    @JsonIgnore
    private String office;
    @JsonProperty(required = true)
    private String person;
    @JsonProperty(required = true)
    private LocalDate start;
    /** The last day in office; absent while the term goes on. */
    private LocalDate end;
    /** Whether the person only acted in the office, between two appointed holders. */
    private boolean acting;
    private String note;

    public String getOffice() {
        return office;
    }

    void setOffice(String office) {
        this.office = office;
    }

    public String getPerson() {
        return person;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public boolean isActing() {
        return acting;
    }

    public String getNote() {
        return note;
    }

    /** Whether the term includes the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** "Janet Yellen, 2021-01-26 to 2025-01-20" or "Scott Bessent, from 2025-01-28 (acting)". */
    public String describe() {
        String span = end == null ? "from " + start : start + " to " + end;
        return person + ", " + span + (acting ? " (acting)" : "");
    }

    @Override
    public String toString() {
        return office + ": " + describe();
    }
}
