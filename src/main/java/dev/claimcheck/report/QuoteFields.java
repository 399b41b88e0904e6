package dev.claimcheck.report;

import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.model.QuoteReading;
import java.util.List;
import java.util.stream.Collectors;

/**
 * For a draft, which words of its quote filled which field, as a reviewer reads it before removing
 * {@code draft: true}: "amount = "US$20 billion"; to = 2024, not in the quote (it says 2023)".
 */
public final class QuoteFields {
    private QuoteFields() {
    }

    /** Every field on one line, for the text report. */
    static String inline(ClaimResult result) {
        return result.fromQuote().stream().map(r -> r.getValue().field() + " = " + r.filledWith())
                .collect(Collectors.joining("; "));
    }

    /** One line a field, the words aligned, for explain. */
    public static List<String> block(ClaimResult result) {
        int width = result.fromQuote().stream().mapToInt(r -> r.getValue().field().length()).max().orElse(0);
        return result.fromQuote().stream().map(r -> line(r, width)).toList();
    }

    private static String line(QuoteReading reading, int width) {
        return String.format("%-" + width + "s  %s", reading.getValue().field(), reading.filledWith());
    }
}
