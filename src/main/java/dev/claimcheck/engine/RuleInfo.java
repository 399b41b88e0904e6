package dev.claimcheck.engine;

import dev.claimcheck.model.SourceLocation;

/** A rule's metadata from its DRL annotations, and where it is written. */
public record RuleInfo(String id, String name, Severity severity, String title, String description,
                       SourceLocation location) {
}
