package dev.claimcheck.model;

import dev.claimcheck.number.Quantity;
import java.time.LocalDate;

/**
 * A level some article states, seen from every other article: the one way a rule relates claims of
 * different articles (that two articles agree). Every rule session holds the statements of all
 * articles, as it holds reference data, so that checking articles in batches changes no result.
 */
public final class LevelStatement {
    private final LevelClaim claim;

    public LevelStatement(LevelClaim claim) {
        this.claim = claim;
    }

    public LevelClaim getClaim() {
        return claim;
    }

    public String getArticle() {
        return claim.getArticle();
    }

    public LocalDate getPublished() {
        return claim.getPublished();
    }

    public String getMetric() {
        return claim.getMetric();
    }

    public Period getPeriod() {
        return claim.getPeriod();
    }

    public Quantity getValue() {
        return claim.getValue();
    }

    @Override
    public String toString() {
        return "LevelStatement(" + claim.getArticle() + ": " + claim.getId() + " " + claim.getMetric() + " "
                + claim.getPeriod() + " = " + claim.getAmount() + ")";
    }
}
