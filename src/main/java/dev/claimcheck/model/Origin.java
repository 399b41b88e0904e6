package dev.claimcheck.model;

/** Where a level comes from, for rules that must not compare a figure with itself. */
public enum Origin {
    /** The article states it. */
    CLAIM,
    /** Reference data gives it, as in force on the article's date. */
    REFERENCE,
    /** A rule worked it out from other figures. */
    DERIVED
}
