package dev.claimcheck.model;

/** A reference fact that cites a source listed under {@code sources:} in any reference file. */
public interface Cited extends Located {
    /** The id of the source. */
    String getSource();

    /** The source itself, resolved by the loader. */
    Source getCitation();

    void setCitation(Source source);
}
