package dev.claimcheck.judge;

import static dev.claimcheck.judge.HandMadeChecks.againstReference;
import static dev.claimcheck.judge.HandMadeChecks.claim;
import static dev.claimcheck.judge.HandMadeChecks.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.model.YamlFacts;
import org.junit.jupiter.api.Test;

/** A finding's fingerprint names what it is about, never where its claim stands in a file. */
class FingerprintsTest {
    private static final String CENSUS = "us-china-goods-deficit 2024, published 2025-02-05 (census)";
    private static final String ORIGINAL = fingerprint(rule("level-matches-reference"), claim("deficit-2024", 12), CENSUS);

    /** A failed comparison of the claim with US$300 billion from the given source. */
    private static String fingerprint(RuleInfo rule, LevelClaim claim, String source) {
        return Fingerprints.of(new Check(rule, claim, Outcome.FAIL, Severity.ERROR, null,
                againstReference(claim, "US$300 billion", source)));
    }

    @Test
    void isThirtyTwoHexDigits() {
        assertTrue(ORIGINAL.matches("[0-9a-f]{32}"), ORIGINAL);
    }

    @Test
    void staysTheSameWhenTheClaimMovesToAnotherLine() {
        assertEquals(ORIGINAL, fingerprint(rule("level-matches-reference"), claim("deficit-2024", 40), CENSUS));
    }

    @Test
    void differsForAnotherRule() {
        assertNotEquals(ORIGINAL, fingerprint(rule("revised-since"), claim("deficit-2024", 12), CENSUS));
    }

    @Test
    void differsForAnotherClaim() {
        assertNotEquals(ORIGINAL, fingerprint(rule("level-matches-reference"), claim("deficit-2023", 12), CENSUS));
    }

    @Test
    void differsForAnotherSourceOfTheNumbers() {
        assertNotEquals(ORIGINAL, fingerprint(rule("level-matches-reference"), claim("deficit-2024", 12),
                "us-china-goods-deficit 2024, published 2025-06-05 (census revision)"));
    }

    @Test
    void differsForAnotherOutcome() {
        LevelClaim claim = claim("deficit-2024", 12);
        Check undecided = new Check(rule("level-matches-reference"), claim, Outcome.UNDECIDED, Severity.WARNING, null,
                againstReference(claim, "US$300 billion", CENSUS));
        assertNotEquals(ORIGINAL, Fingerprints.of(undecided));
    }

    @Test
    void aYesNoCheckIsKnownByRuleClaimAndOutcomeNotByItsMessage() {
        RuleInfo tenure = rule("office-tenure");
        String first = Fingerprints.of(new Check(tenure, claim("bessent", 7), Outcome.FAIL, Severity.ERROR,
                "Scott Bessent held the office on 2025-02-22", null));
        String reworded = Fingerprints.of(new Check(tenure, claim("bessent", 9), Outcome.FAIL, Severity.ERROR,
                "Scott Bessent was in office on 2025-02-22", null));
        assertEquals(first, reworded);
        assertEquals(Fingerprints.of("office-tenure", "bessent", "fail", "",
                        "period=2024|amount=US$295.4 billion|metric=us-china-goods-deficit"), first,
                "SHA-256 of the rule, the claim, the outcome, no source, and the values the claim states");
    }

    @Test
    void aChangedValueIsANewFinding() {
        LevelClaim mistyped = YamlFacts.read(LevelClaim.class, """
                id: deficit-2024
                kind: level
                quote: a US$295.4 billion deficit
                metric: us-china-goods-deficit
                period: 2024
                amount: US$200.0 billion
                """);
        mistyped.setLocation(claim("deficit-2024", 12).getLocation());
        assertNotEquals(ORIGINAL, fingerprint(rule("level-matches-reference"), mistyped, CENSUS));
    }

    @Test
    void partsAreSeparatedSoThatTheyCannotRunTogether() {
        assertNotEquals(Fingerprints.of("ab", "c"), Fingerprints.of("a", "bc"));
        assertEquals("aa795aa4bbb6117911ef062e271bcb05", Fingerprints.of("a", "bc"), "SHA-256 of a, NUL, bc, NUL");
    }
}
