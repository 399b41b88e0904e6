package dev.claimcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The right-hand side of an identity as written in reference data, "cn-exports-usd - cn-imports-usd":
 * series ids joined by {@code +} and {@code -} (or {@code −}). Operators stand between spaces, since ids
 * themselves contain hyphens. Its location is where the sum is written (its value in the file), for
 * messages about one of its series.
 */
public final class SeriesSum extends LocatedFact {
    /** A series id as reference files write them. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final String FORM = "series ids joined by ' + ' and ' - ', e.g. \"cn-exports-usd - cn-imports-usd\"";

    /** One term: a series, added or subtracted. */
    public record Part(boolean subtracted, String series) {
        /** +1 or -1. */
        public int sign() {
            return subtracted ? -1 : 1;
        }
    }

    private final List<Part> parts;

    private SeriesSum(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Reads "a - b + c"; throws IllegalArgumentException saying what is wrong. */
    public static SeriesSum parse(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("no series; write " + FORM);
        }
        List<Part> parts = new ArrayList<>();
        boolean subtracted = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (i % 2 == 1) {
                subtracted = operator(token, text);
            } else if (ID.matcher(token).matches()) {
                parts.add(new Part(subtracted, token));
            } else {
                throw new IllegalArgumentException("'" + token + "' in '" + text.strip() + "' is not a series id; write " + FORM);
            }
        }
        if (tokens.length % 2 == 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' ends with an operator; write " + FORM);
        }
        return new SeriesSum(parts);
    }

    private static boolean operator(String token, String text) {
        return switch (token) {
            case "+" -> false;
            case "-", "−" -> true;
            default -> throw new IllegalArgumentException("expected + or - between series in '" + text.strip()
                    + "', found '" + token + "'; write " + FORM);
        };
    }

    public List<Part> getParts() {
        return parts;
    }

    /** "cn-exports-usd − cn-imports-usd". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(out.length() == 0 ? (part.subtracted() ? "−" : "") : part.subtracted() ? " − " : " + ")
                    .append(part.series());
        }
        return out.toString();
    }

    /** The series in order of writing. */
    public List<String> series() {
        return parts.stream().map(Part::series).collect(Collectors.toList());
    }
}
