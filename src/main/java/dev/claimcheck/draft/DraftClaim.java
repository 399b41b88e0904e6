package dev.claimcheck.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposed claim: its kind, the words it rests on, the fields filled so far (in the order they are
 * written; a value may be another draft, written as its id) and the fields it could not fill.
 */
final class DraftClaim {
    private final String kind;
    private final Span quote;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<String> unfilled = new ArrayList<>();
    private final List<String> idParts = new ArrayList<>();
    private String id;

    DraftClaim(String kind, Span quote) {
        this.kind = kind;
        this.quote = quote;
        idParts.add(kind);
    }

    /** Sets a field; a null value is recorded as unfilled, with why. */
    DraftClaim field(String name, Object value, String whyNot) {
        if (value == null) {
            unfilled.add(name + " (" + whyNot + ")");
        } else {
            fields.put(name, value);
        }
        return this;
    }

    DraftClaim field(String name, Object value) {
        return field(name, value, "not found in the text");
    }

    /** Adds words the id is made of, e.g. the metric and the period. */
    DraftClaim idFrom(Object... parts) {
        for (Object part : parts) {
            if (part != null) {
                idParts.add(part instanceof DraftClaim other ? other.idParts.get(1) : part.toString());
            }
        }
        return this;
    }

    String kind() {
        return kind;
    }

    Span quote() {
        return quote;
    }

    Map<String, Object> fields() {
        return fields;
    }

    List<String> unfilled() {
        return unfilled;
    }

    /** Whether every field its kind requires is filled, so that the file loads with it. */
    boolean complete() {
        return unfilled.isEmpty();
    }

    /** The id before it is made unique: the kind and the content, slugified. */
    String baseId() {
        return String.join("-", idParts).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    String id() {
        return id;
    }

    void setId(String id) {
        this.id = id;
    }
}
