package dev.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts claimcheck's real entry point in a JVM of its own: for what ends or endangers the process. */
final class OwnJvm {
    private OwnJvm() {
    }

    /** A process builder for {@code java [jvmOptions] ClaimcheckCommand args}, with the tests' class path. */
    static ProcessBuilder claimcheck(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClaimcheckCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
