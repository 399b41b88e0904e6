package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.BaselineStatus;
import dev.claimcheck.judge.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...,col=...,title=RULE::message} per
 * finding, most severe first (GitHub shows only ten of each type per step), then a summary line.
 * Waived findings are left out; findings in the baseline are marked.
 * <p>
 * Escaping follows the Actions runner's parser: in the message, {@code %}, CR and LF as {@code %25},
 * {@code %0D} and {@code %0A}; in a property value also {@code :} and {@code ,} as {@code %3A} and
 * {@code %2C}, so that neither ends the value or the properties early. Property values (the file, the
 * rule id) read back exactly. The message is first made one line ({@link OneLine#of}), as in the text
 * report: control characters and escape sequences show as escapes.
 */
public final class GithubReporter implements Reporter {
    @Override
    public String name() {
        return "github";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        for (Finding f : result.findings()) {
            String title = f.rule().id() + (f.claim() != null && f.claim().isDraft() ? " (draft)" : "")
                    + (f.baseline() == BaselineStatus.UNCHANGED ? " (in baseline)" : "");
            w.println("::" + command(f) + " file=" + property(f.location().file()) + ",line=" + f.location().line()
                    + ",col=" + f.location().column() + ",title=" + property(title) + "::"
                    + data(OneLine.of(message(f) + followsFrom(result, f))));
        }
        w.println("claimcheck: " + result.summary().line()
                + (result.waived().isEmpty() ? "" : "; " + result.waived().size() + " waived"));
        w.flush();
    }

    private static String message(Finding f) {
        return f.claim() == null ? f.message() : f.claimId() + ": " + f.message();
    }

    private static String followsFrom(VerifyResult result, Finding f) {
        Finding cause = result.causeOf(f);
        return cause == null ? "" : " (follows from " + cause.claimId() + " " + cause.rule().id() + " at "
                + cause.location() + ")";
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message, as the Actions runner reads it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value, which may not hold ':' or ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
