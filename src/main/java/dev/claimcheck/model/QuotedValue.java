package dev.claimcheck.model;

/** One value of a claim that its quote must state: the field it is in, how it is written, and the value. */
public final class QuotedValue {
    private final String field;
    private final Quoted.WrittenAs form;
    private final Object value;

    QuotedValue(String field, Quoted.WrittenAs form, Object value) {
        this.field = field;
        this.form = form;
        this.value = value;
    }

    /** The field's name in Java, e.g. "amount"; see {@link Claim#locationOf(String)}. */
    public String getField() {
        return field;
    }

    public Quoted.WrittenAs getForm() {
        return form;
    }

    public Object getValue() {
        return value;
    }

    @Override
    public String toString() {
        return field + " " + value;
    }
}
