package dev.claimcheck.judge;

import static dev.claimcheck.judge.HandMadeChecks.check;
import static dev.claimcheck.judge.HandMadeChecks.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.LevelClaim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim's verdict from the checks made on it. */
class VerdictTest {
    private final LevelClaim claim = claim("deficit-2024", 12);
    private final Check pass = check(claim, Outcome.PASS, null);
    private final Check error = check(claim, Outcome.FAIL, Severity.ERROR);
    private final Check warning = check(claim, Outcome.FAIL, Severity.WARNING);
    private final Check info = check(claim, Outcome.FAIL, Severity.INFO);
    private final Check undecided = check(claim, Outcome.UNDECIDED, Severity.WARNING);

    @Test
    void anErrorFindingMakesItInconsistentWhateverElsePassed() {
        assertEquals(Verdict.INCONSISTENT, Verdict.of(List.of(error)));
        assertEquals(Verdict.INCONSISTENT, Verdict.of(List.of(pass, undecided, error)));
    }

    @Test
    void aPassWithoutErrorsOrWarningsIsConsistentEvenBesideInfo() {
        assertEquals(Verdict.CONSISTENT, Verdict.of(List.of(pass)));
        assertEquals(Verdict.CONSISTENT, Verdict.of(List.of(pass, info)));
        assertEquals(Verdict.CONSISTENT, Verdict.of(List.of(undecided, pass)));
    }

    /** A warning says part of the claim was not checked (a record without its history): the pass cannot vouch for it. */
    @Test
    void aPassBesideAWarningIsOnlyUndecided() {
        assertEquals(Verdict.UNDECIDED, Verdict.of(List.of(warning, pass, info)));
        assertEquals(Verdict.UNDECIDED, Verdict.of(List.of(pass, warning)));
    }

    @Test
    void checksThatCouldNotDecideMakeItUndecided() {
        assertEquals(Verdict.UNDECIDED, Verdict.of(List.of(undecided)));
        assertEquals(Verdict.UNDECIDED, Verdict.of(List.of(undecided, info)));
    }

    @Test
    void noCheckAtAllIsUnchecked() {
        assertEquals(Verdict.UNCHECKED, Verdict.of(List.of()));
    }

    @Test
    void wordsAreTheLowerCaseNames() {
        assertEquals(List.of("inconsistent", "consistent", "undecided", "unchecked"),
                List.of(Verdict.values()).stream().map(Verdict::word).toList());
    }

    @Test
    void aClaimWithOnlyWarningsOrInfoIsUncheckedTheyAreTheRulesSayingWhy() {
        // Warnings such as level-has-reference say why a claim could not be checked: it stays unchecked.
        assertEquals(Verdict.UNCHECKED, Verdict.of(List.of(warning)));
        assertEquals(Verdict.UNCHECKED, Verdict.of(List.of(info)));
    }
}
