package dev.claimcheck.model;

/**
 * One value of a claim that its quote must state: the field it is in (its Java name, see
 * {@link Claim#locationOf(String)}), how it is written, and the value.
 */
public record QuotedValue(String field, Quoted.WrittenAs form, Object value) {
    @Override
    public String toString() {
        return field + " " + value;
    }
}
