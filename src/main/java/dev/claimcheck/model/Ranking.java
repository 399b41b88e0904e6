package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.claimcheck.number.Amount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A ranking of subjects by a measure for a year, as published on a date: e.g. nominal GDP, 2023. */
public class Ranking extends CitedFact {
    /** One subject's value. */
    public record Entry(@JsonProperty(required = true) String subject, @JsonProperty(required = true) Amount value) {
    }

    @JsonProperty(required = true)
    private String measure;
    @JsonProperty(required = true)
    private String title;
    @JsonProperty(required = true)
    private Integer year;
    @JsonProperty(required = true)
    private LocalDate published;
    @JsonProperty(required = true)
    private List<Entry> entries = new ArrayList<>();
    private String note;

    public String getMeasure() {
        return measure;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getPublished() {
        return published;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getNote() {
        return note;
    }

    /** The subjects in order, highest value first. */
    public List<String> getOrder() {
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.value().quantity(null).getReferencePoint()).reversed())
                .map(Entry::subject)
                .toList();
    }

    /** The first n subjects. */
    public List<String> top(int n) {
        List<String> order = getOrder();
        return order.subList(0, Math.min(n, order.size()));
    }

    /** "1. United States (US$27,360,935 million), 2. China (...)" for the first n places and the next one. */
    public String describeTop(int n) {
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.value().quantity(null).getReferencePoint()).reversed())
                .limit(n + 1L).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(i + 1).append(". ").append(sorted.get(i).subject())
                    .append(" (").append(sorted.get(i).value()).append(")");
        }
        return title + " " + year + " (published " + published + "): " + text;
    }

    /** Whether the given subjects hold places 1..n, in any order. */
    public boolean topAre(List<String> subjects) {
        return top(subjects.size()).stream().collect(Collectors.toSet()).equals(Set.copyOf(subjects));
    }
}
