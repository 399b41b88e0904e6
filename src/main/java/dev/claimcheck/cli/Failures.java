package dev.claimcheck.cli;

import dev.claimcheck.engine.RuleRunException;
import dev.claimcheck.load.Problem;
import java.io.PrintWriter;
import java.util.List;

/** How commands tell the user that input or rules cannot be used: one line per problem, then a count. */
final class Failures {
    private Failures() {
    }

    static int badInput(PrintWriter err, List<Problem> problems) {
        problems.forEach(err::println);
        err.println("claimcheck: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; nothing was checked");
        return ExitCode.BAD_INPUT.code();
    }

    /** A rule that threw or looped: its own message names the rule, its place and the claim. */
    static int ruleFailed(PrintWriter err, RuleRunException e) {
        err.println(e.getMessage());
        return ExitCode.BAD_INPUT.code();
    }

    static int badInput(PrintWriter err, String message) {
        err.println("claimcheck: " + message);
        return ExitCode.BAD_INPUT.code();
    }
}
