package dev.claimcheck.model;

/** A reference fact that cites a source listed in its file's {@code sources:}. */
public interface Cited extends Located {
    /** The id of the source. */
    String getSource();

    /** The source itself, resolved by the loader. */
    Source getCitation();

    void setCitation(Source source);
}
