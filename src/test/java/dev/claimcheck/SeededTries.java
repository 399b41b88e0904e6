package dev.claimcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Property checks over generated cases, from a fixed seed so that every run tries the same cases.
 * The seed can be changed with -Dclaimcheck.seed=N; a failure names the seed, the try and the case,
 * so running again with that seed replays it.
 */
public final class SeededTries {
    public static final String SEED_PROPERTY = "claimcheck.seed";
    public static final long DEFAULT_SEED = 20250222L;

    private SeededTries() {
    }

    /** A check of one case; it fails by throwing. */
    @FunctionalInterface
    public interface Check<C> {
        void check(C generated) throws Exception;
    }

    /** The seed for this run: -Dclaimcheck.seed if given, else the fixed default. */
    public static long seed() {
        String given = System.getProperty(SEED_PROPERTY);
        if (given == null || given.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number, not '" + given + "'", e);
        }
    }

    /** Prints the seed and tries once for a test class, e.g. "QuantityProperties: seed 20250222, 2000 tries". */
    public static void announce(Class<?> testClass, long seed, String tries) {
        System.out.println(testClass.getSimpleName() + ": seed " + seed + ", " + tries
                + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")");
    }

    /**
     * Checks the given edge cases first, then cases drawn from a random source with the seed, in all
     * {@code tries} cases; stops at the first failure and reports it with its inputs and the seed.
     */
    public static <C> void forAll(String property, long seed, int tries, List<C> edgeCases,
            Function<SplittableRandom, C> generator, Check<C> check) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            boolean edge = i < edgeCases.size();
            C generated = edge ? edgeCases.get(i) : generator.apply(random);
            try {
                check.check(generated);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(property + " failed on try " + (i + 1) + " of " + tries
                        + (edge ? " (an edge case)" : "") + ", seed " + seed
                        + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")\n  inputs: " + generated
                        + "\n  " + e, e);
            }
        }
    }

    /**
     * A text of one to {@code maxPieces} pieces drawn from the list, each followed by a space or not: for
     * checking a scan that takes a shortcut against the plain pattern it stands for.
     */
    public static String text(SplittableRandom random, List<String> pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(maxPieces); n > 0; n--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** A decimal with the given scale, uniformly distributed over [min, max]. */
    public static BigDecimal decimal(SplittableRandom random, String min, String max, int scale) {
        long low = new BigDecimal(min).setScale(scale).unscaledValue().longValueExact();
        long high = new BigDecimal(max).setScale(scale).unscaledValue().longValueExact();
        return BigDecimal.valueOf(random.nextLong(low, high + 1), scale);
    }

    /** The edge values of [min, max] at the scale: the ends, their neighbours, and 0, ±1 and ±ulp where inside. */
    public static List<BigDecimal> decimalEdges(String min, String max, int scale) {
        BigDecimal low = new BigDecimal(min).setScale(scale);
        BigDecimal high = new BigDecimal(max).setScale(scale);
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> candidates = List.of(low, low.add(ulp), BigDecimal.ONE.negate(), ulp.negate(), BigDecimal.ZERO,
                ulp, BigDecimal.ONE, high.subtract(ulp), high);
        List<BigDecimal> edges = new ArrayList<>();
        for (BigDecimal candidate : candidates) {
            BigDecimal value = candidate.setScale(scale);
            if (value.compareTo(low) >= 0 && value.compareTo(high) <= 0 && !edges.contains(value)) {
                edges.add(value);
            }
        }
        return List.copyOf(edges);
    }

    /** Each whole number in [min, max]. */
    public static List<Integer> ints(int min, int max) {
        List<Integer> values = new ArrayList<>();
        for (int i = min; i <= max; i++) {
            values.add(i);
        }
        return List.copyOf(values);
    }
}
