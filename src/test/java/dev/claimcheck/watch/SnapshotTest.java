package dev.claimcheck.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What --changes-only prints between two reports. */
class SnapshotTest {
    private static Snapshot snapshot(Map<String, String> verdicts, Map<String, String> findings) {
        return new Snapshot(verdicts, findings, "summary");
    }

    @Test
    void changedAddedAndRemovedVerdictsThenNewAndFixedFindingsThenTheSummary() {
        Map<String, String> was = new LinkedHashMap<>();
        was.put("claim a", "consistent");
        was.put("claim gone", "consistent");
        Map<String, String> is = new LinkedHashMap<>();
        is.put("claim a", "inconsistent");
        is.put("claim b", "consistent");
        Snapshot before = snapshot(was, Map.of("f1", "error x"));
        Snapshot after = snapshot(is, Map.of("f2", "error y"));
        assertEquals(List.of("changed  claim a: consistent -> inconsistent", "added    claim b: consistent",
                        "removed  claim gone (was consistent)", "new      error y", "fixed    error x", "summary"),
                after.changesSince(before));
    }

    @Test
    void aFindingThatReadsTheSameUnderANewFingerprintIsNoChange() {
        Snapshot before = snapshot(Map.of("claim a", "consistent"), Map.of("f1", "info revised"));
        Snapshot after = snapshot(Map.of("claim a", "consistent"), Map.of("f2", "info revised"));
        assertEquals(List.of("no change since the last report", "summary"), after.changesSince(before));
    }
}
