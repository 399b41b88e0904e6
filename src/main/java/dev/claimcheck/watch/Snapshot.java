package dev.claimcheck.watch;

import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.report.OneLine;
import dev.claimcheck.ruletest.CaseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a report said, item by item, to tell what changed from one report to the next (--changes-only):
 * the verdict of each subject (a claim, a rule test case), and each finding or failure under a key that
 * stays the same while it stays (a finding's fingerprint), with the line that shows it.
 */
public record Snapshot(Map<String, String> verdicts, Map<String, String> findings, String summary) {
    /** What a verify report says. */
    public static Snapshot of(VerifyResult result) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (ClaimResult claim : result.claims()) {
            verdicts.put("claim " + OneLine.of(claim.claim().getId()), claim.verdictWord());
        }
        Map<String, String> findings = new LinkedHashMap<>();
        for (Finding finding : result.allFindings()) {
            String key = finding.fingerprint();
            for (int n = 2; findings.containsKey(key); n++) {
                key = finding.fingerprint() + "#" + n;
            }
            findings.put(key, lineOf(finding));
        }
        return new Snapshot(verdicts, findings, result.summary().line());
    }

    /** What a rules test report says. */
    public static Snapshot ofCases(List<CaseResult> results, String summary) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (CaseResult result : results) {
            String subject = "case " + OneLine.of(result.file() + ": " + result.name());
            verdicts.put(subject, result.passed() ? "pass" : "FAIL");
            result.failures().forEach(f -> failures.put(subject + "\n" + f, subject + ": " + OneLine.of(f)));
        }
        return new Snapshot(verdicts, failures, summary);
    }

    /** "error   rule-id  claim-id  FILE:LINE:COL: message", with "(waived)" for a waived one. */
    private static String lineOf(Finding finding) {
        return String.format("%-7s %s  %s  %s: %s%s", finding.severity().word(), OneLine.of(finding.rule().id()),
                finding.claim() == null ? "-" : OneLine.of(finding.claimId()), OneLine.of(finding.location()),
                OneLine.of(finding.message()), finding.isWaived() ? " (waived)" : "");
    }

    /** The changes from an earlier snapshot to this one, a line each (or a line saying there is none), then the summary. */
    public List<String> changesSince(Snapshot before) {
        List<String> lines = new ArrayList<>();
        verdicts.forEach((subject, verdict) -> {
            String was = before.verdicts.get(subject);
            if (was == null) {
                lines.add("added    " + subject + ": " + verdict);
            } else if (!was.equals(verdict)) {
                lines.add("changed  " + subject + ": " + was + " -> " + verdict);
            }
        });
        before.verdicts.keySet().stream().filter(s -> !verdicts.containsKey(s))
                .forEach(s -> lines.add("removed  " + s + " (was " + before.verdicts.get(s) + ")"));
        List<String> added = findings.entrySet().stream().filter(f -> !before.findings.containsKey(f.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(ArrayList::new));
        List<String> gone = before.findings.entrySet().stream().filter(f -> !findings.containsKey(f.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(ArrayList::new));
        // A finding whose fingerprint changed with a value of its claim, but which reads the same, did not change.
        List<String> same = added.stream().filter(gone::contains).toList();
        same.forEach(line -> {
            added.remove(line);
            gone.remove(line);
        });
        added.forEach(line -> lines.add("new      " + line));
        gone.forEach(line -> lines.add("fixed    " + line));
        if (lines.isEmpty()) {
            lines.add("no change since the last report");
        }
        lines.add(summary);
        return lines;
    }
}
