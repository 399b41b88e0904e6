package dev.claimcheck.number;

import java.math.BigDecimal;

/** The scale word a writer puts after a number ("billion"). */
public enum Scale {
    ONE(0, ""),
    THOUSAND(3, "thousand"),
    MILLION(6, "million"),
    BILLION(9, "billion"),
    TRILLION(12, "trillion");

    private final int exponent;
    private final String word;

    Scale(int exponent, String word) {
        this.exponent = exponent;
        this.word = word;
    }

    public BigDecimal toBase(BigDecimal value) {
        return value.scaleByPowerOfTen(exponent);
    }

    public BigDecimal fromBase(BigDecimal base) {
        return base.scaleByPowerOfTen(-exponent);
    }

    public String word() {
        return word;
    }
}
