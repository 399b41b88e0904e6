package dev.claimcheck.draft;

/** Where words are in the article: start inclusive, end exclusive, as offsets into article.txt. */
record Span(int start, int end) {
    Span union(Span other) {
        return other == null ? this : new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    static Span cover(Span... spans) {
        Span all = null;
        for (Span span : spans) {
            all = all == null ? span : span == null ? all : all.union(span);
        }
        return all;
    }
}
