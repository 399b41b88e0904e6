package dev.claimcheck.cli;

import picocli.CommandLine.Mixin;

/** A subcommand that checks facts with rules: it takes the options that make the run's pipeline. */
abstract class CheckingSubcommand extends Subcommand {
    @Mixin
    CheckOptions check;
}
