package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** "A peak of US$418.2 billion in 2018": a level that is also the highest of its series. */
@JsonTypeName("peak")
public class PeakClaim extends LevelClaim {
}
