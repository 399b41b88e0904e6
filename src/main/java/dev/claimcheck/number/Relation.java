package dev.claimcheck.number;

/** The relations a rule can check between two quantities. */
public enum Relation {
    EQUALS("="),
    BELOW("<"),
    ABOVE(">"),
    AT_MOST("≤"),
    AT_LEAST("≥");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
