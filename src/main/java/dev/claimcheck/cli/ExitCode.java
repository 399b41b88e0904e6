package dev.claimcheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every exit code claimcheck uses, with what it means: the one list the help pages show. */
enum ExitCode {
    OK(0, "Done: nothing new reached --fail-on (verify), every case passed (rules test), or the command did its work."),
    FINDINGS(1, "A new finding reached --fail-on, or a rule test case failed or coverage was too low."),
    BAD_INPUT(2, "The facts, the rules, a test file or the command line could not be used; nothing was checked."),
    INTERNAL_ERROR(3, "claimcheck itself failed (a defect): run again with --debug and report what it prints.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    /** The exit code of a number this enum gave. */
    static ExitCode of(int code) {
        for (ExitCode exit : values()) {
            if (exit.code == code) {
                return exit;
            }
        }
        throw new IllegalArgumentException("not a claimcheck exit code: " + code);
    }

    /** The codes and their meanings, as picocli's usage help lists them. */
    static Map<String, String> listOf(Set<ExitCode> codes) {
        Map<String, String> list = new LinkedHashMap<>();
        codes.forEach(c -> list.put(c.code + ":", c.meaning));
        return list;
    }
}
