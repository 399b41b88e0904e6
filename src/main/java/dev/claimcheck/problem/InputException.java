package dev.claimcheck.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used: every problem found, not only the first. */
public class InputException extends Exception {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
