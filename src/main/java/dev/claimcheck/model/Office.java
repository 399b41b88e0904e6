package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An office and the terms of the people who held it, in order: what office claims are checked against. */
public class Office extends LocatedFact {
    @JsonProperty(required = true)
    private String id;
    @JsonProperty(required = true)
    private String title;
    /** Other ways articles name it: "Treasury Secretary", "Vice Premier". */
    private List<String> aliases = new ArrayList<>();
    @JsonProperty(required = true)
    private List<Term> terms = new ArrayList<>();

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getAliases() {
        return aliases;
    }

    /** The title and every alias: the names a quote may use for the office. */
    public List<String> getNames() {
        List<String> names = new ArrayList<>(aliases);
        names.add(0, title);
        return names;
    }

    public List<Term> getTerms() {
        return terms;
    }

    /** Gives each term its office's id, once read. */
    public void linkTerms() {
        terms.forEach(term -> term.setOffice(id));
        terms.sort(Comparator.comparing(Term::getStart, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** Whether the person held the office on the day. */
    public boolean heldBy(String person, LocalDate day) {
        return terms.stream().anyMatch(t -> t.getPerson().equals(person) && t.covers(day));
    }

    /** Whether the person held the office at some time before the day, and not on it: "former". */
    public boolean formerlyHeldBy(String person, LocalDate day) {
        return !heldBy(person, day)
                && terms.stream().anyMatch(t -> t.getPerson().equals(person) && t.getStart().isBefore(day));
    }

    /** Who held the office on the day: "Scott Bessent, from 2025-01-28", or "nobody on record". */
    public String holdersOn(LocalDate day) {
        String holders = terms.stream().filter(t -> t.covers(day)).map(Term::describe)
                .collect(Collectors.joining("; "));
        return holders.isEmpty() ? "nobody on record" : holders;
    }

    /** The person's own terms, or "no term on record". */
    public String termsOf(String person) {
        String own = terms.stream().filter(t -> t.getPerson().equals(person)).map(Term::describe)
                .collect(Collectors.joining("; "));
        return own.isEmpty() ? "no term on record" : own;
    }

    /** The last holder before the person's first term who was not only acting, if any. */
    public Optional<Term> predecessorOf(String person) {
        Optional<LocalDate> first = terms.stream().filter(t -> t.getPerson().equals(person))
                .map(Term::getStart).min(Comparator.naturalOrder());
        return first.flatMap(start -> terms.stream()
                .filter(t -> !t.isActing() && !t.getPerson().equals(person) && t.getStart().isBefore(start))
                .max(Comparator.comparing(Term::getStart)));
    }

    /** The name of the predecessor, or "" when there is none on record. */
    public String predecessorName(String person) {
        return predecessorOf(person).map(Term::getPerson).orElse("");
    }

    @Override
    public String toString() {
        return "Office(" + id + ")";
    }
}
