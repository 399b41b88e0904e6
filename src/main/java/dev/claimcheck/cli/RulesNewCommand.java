package dev.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code claimcheck rules new NAME}: writes a commented starter rule, rules/NAME.drl, and its starter
 * test cases, rules/tests/NAME.yaml; both pass lint and test as written. It never overwrites a file.
 */
@Command(name = "new",
        description = "Writes a commented starter rule (rules/NAME.drl) and its test cases (rules/tests/NAME.yaml).")
final class RulesNewCommand extends RulesSubcommand {
    @Parameters(paramLabel = "NAME", description = "The rule's id and file name: lower case words joined by '-'.")
    String name;

    @Override
    protected ExitCode execute() throws UsageException, IOException {
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new UsageException("'" + name + "' is not a rule name: use lower case words joined by '-',"
                    + " e.g. level-in-future");
        }
        Path drl = rules.dir.resolve(name + ".drl");
        Path cases = rules.dir.resolve("tests").resolve(name + ".yaml");
        for (Path file : new Path[] {drl, cases}) {
            if (Files.exists(file)) {
                throw new UsageException(file + " already exists");
            }
        }
        Files.createDirectories(cases.getParent());
        Files.writeString(drl, StarterRule.drl(name), StandardCharsets.UTF_8);
        Files.writeString(cases, StarterRule.cases(name), StandardCharsets.UTF_8);
        out().println("wrote " + drl + " and " + cases
                + "; edit both, then run: claimcheck rules lint && claimcheck rules test " + name);
        return ExitCode.OK;
    }
}
