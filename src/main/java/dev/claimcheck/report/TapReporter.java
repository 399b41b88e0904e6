package dev.claimcheck.report;

import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.ClaimResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TAP version 14: one test per claim, "not ok" for an inconsistent one with its findings in a YAML
 * diagnostic block, and unchecked claims as skipped.
 * <p>
 * Text from facts and rules is made one line ({@link OneLine#of}) wherever it goes; in a description or
 * a directive's reason, backslash and {@code #} are then escaped as {@code \\} and {@code \#}, as TAP 14
 * says, so that only claimcheck writes directives. In the YAML block, Jackson quotes what YAML needs
 * quoted; every value is one line, which Perl's TAP::Parser (YAMLish) reads as YAML does.
 */
public final class TapReporter implements Reporter {
    private final Lazy<ObjectMapper> yaml = new Lazy<>(() -> new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build()));

    @Override
    public String name() {
        return "tap";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        w.println("TAP version 14");
        w.println("1.." + result.claims().size());
        int number = 0;
        for (ClaimResult claim : result.claims()) {
            number++;
            String description = escape(claim.claim().getArticle() + "/" + claim.claim().getId())
                    + (claim.draft() ? " (draft)" : "");
            switch (claim.verdict()) {
                case INCONSISTENT -> {
                    // A TODO test may fail without failing the run: findings waived or in the baseline.
                    w.println("not ok " + number + " - " + description
                            + (claim.failsTheGate() ? "" : " # TODO " + escape(claim.acceptedBecause())));
                    diagnostics(w, claim);
                }
                case UNCHECKED -> w.println("ok " + number + " - " + description + " # SKIP unchecked");
                default -> w.println("ok " + number + " - " + description);
            }
        }
        w.flush();
    }

    private void diagnostics(PrintWriter w, ClaimResult claim) throws IOException {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("verdict", claim.verdict().word());
        if (claim.draft()) {
            block.put("draft", true);
        }
        block.put("file", OneLine.of(claim.claim().getLocation().file()));
        block.put("line", claim.claim().getLocation().line());
        List<Map<String, Object>> findings = claim.findings().stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", OneLine.of(f.rule().id()));
            entry.put("severity", f.severity().word());
            entry.put("message", OneLine.of(f.message()));
            if (f.isWaived()) {
                entry.put("waived", OneLine.of(f.waiver().getReason()));
            }
            return entry;
        }).toList();
        block.put("findings", findings);
        w.println("  ---");
        yaml.get().writeValueAsString(block).lines().forEach(line -> w.println("  " + line));
        w.println("  ...");
    }

    /** Text from facts and rules for a test line: one line, with TAP 14's escapes for backslash and '#'. */
    static String escape(String text) {
        return OneLine.of(text).replace("\\", "\\\\").replace("#", "\\#");
    }
}
