package dev.claimcheck.cli;

/** The text of a new rule and its test cases: small, commented, and passing as written. */
final class StarterRule {
    private StarterRule() {
    }

    static String drl(String name) {
        String packageName = "claimcheck." + name.replace('-', '_');
        return """
                // %1$s: what this rule checks, in one sentence.
                package %2$s;

                // The fact types: claims (LevelClaim, ChangeClaim, OfficeClaim, ...) and reference facts
                // (Article, ReferenceLevel, Office, Event, Ranking). See docs/authoring.md.
                import dev.claimcheck.model.*;

                // Where rules report: findings.check (amounts), findings.verify (yes/no), findings.fail.
                global dev.claimcheck.engine.Findings findings;

                // The rule's name is its id: findings, baselines, waivers and test cases use it.
                rule "%1$s"
                    @title("A level is claimed for a period that had not ended by the article's date")
                    @severity("warning")
                    // The help its findings carry (SARIF, code scanning): what it compares, and what to edit.
                    @description("Compares the end of a claimed level's period with the article's date.")
                    @fix("Correct the claim's period, or drop a claim that states a forecast.")
                when
                    // A pattern per fact; every claim knows its article's slug and publication date.
                    $claim : LevelClaim($period : period, !period.endedBy(published))
                then
                    findings.fail($claim, "claims a level for " + $period + ", which had not ended by the article's date");
                end
                """.formatted(name, packageName);
    }

    static String cases(String name) {
        return """
                # Test cases for rules/%1$s.drl: run them with `claimcheck rules test %1$s`.
                # Each case: claims (as in facts/), optional reference data, and what must happen.
                cases:
                  - name: a level for a period not yet over is flagged
                    published: 2025-02-22
                    claims:
                      - {id: future, kind: level, quote: "a deficit of US$300 billion in 2030", metric: m, period: 2030, amount: US$300 billion}
                    expect:
                      - {rule: %1$s, claim: future, outcome: fail}

                  - name: a level for a past period is not
                    published: 2025-02-22
                    claims:
                      - {id: past, kind: level, quote: "a deficit of US$295.4 billion in 2024", metric: m, period: 2024, amount: US$295.4 billion}
                    idle: [%1$s]
                """.formatted(name);
    }
}
