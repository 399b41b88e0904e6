package dev.claimcheck.number;

/** How a writer hedged a figure: "about", "up to", "at least", or not at all. */
public enum Qualifier {
    EXACT(""),
    ABOUT("about"),
    UP_TO("up to"),
    AT_LEAST("at least"),
    MORE_THAN("more than"),
    LESS_THAN("less than");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
