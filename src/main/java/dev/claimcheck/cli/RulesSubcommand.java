package dev.claimcheck.cli;

import picocli.CommandLine.Mixin;

/** A subcommand for rule authors: it reads the rules directory alone. */
abstract class RulesSubcommand extends Subcommand {
    @Mixin
    RulesDirOption rules;
}
