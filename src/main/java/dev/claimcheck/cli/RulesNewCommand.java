package dev.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck rules new NAME}: writes a commented starter rule, rules/NAME.drl, and its starter
 * test cases, rules/tests/NAME.yaml; both pass lint and test as written. It never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a commented starter rule (rules/NAME.drl) and its test cases (rules/tests/NAME.yaml).",
                "", "Exit codes: 0 written; 2 bad name or the files exist."})
public final class RulesNewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "NAME", description = "The rule's id and file name: lower case words joined by '-'.")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            return Failures.badInput(err, "'" + name + "' is not a rule name: use lower case words joined by '-',"
                    + " e.g. level-in-future");
        }
        Path drl = rules.rules.resolve(name + ".drl");
        Path cases = rules.rules.resolve("tests").resolve(name + ".yaml");
        for (Path file : new Path[] {drl, cases}) {
            if (Files.exists(file)) {
                return Failures.badInput(err, file + " already exists");
            }
        }
        Files.createDirectories(cases.getParent());
        Files.writeString(drl, StarterRule.drl(name), StandardCharsets.UTF_8);
        Files.writeString(cases, StarterRule.cases(name), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + drl + " and " + cases
                + "; edit both, then run: claimcheck rules lint && claimcheck rules test " + name);
        return ExitCode.OK.code();
    }
}
