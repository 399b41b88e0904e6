package dev.claimcheck.model;

/** Which way a claimed change went: a rise or a fall ("widened" is a rise of a deficit). */
public enum Direction {
    RISE,
    FALL
}
