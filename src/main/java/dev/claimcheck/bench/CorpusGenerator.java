package dev.claimcheck.bench;

import dev.claimcheck.model.DateSpan;
import dev.claimcheck.model.RelativeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic facts directory for benchmarks: N articles of twenty claims of every kind, checked
 * against the repository's own reference data, with a known share of planted errors. The planted claims
 * are listed in {@code planted.txt} (claim id, then the rule that must catch it), so a run's findings can
 * be checked. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    /** Reference values in force from 2025-02-05 to 2025-06-04 (US$ billions, Census deficit with China). */
    private static final String[][] LEVELS = {
            {"2018", "418.2"}, {"2019", "345.2"}, {"2020", "310.8"}, {"2021", "355.3"},
            {"2022", "382.3"}, {"2023", "279.1"}, {"2024", "295.4"}};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 2, 10);
    private static final int DAYS = 110;

    private final Random random;
    private final double errorRate;
    private final List<String> planted = new ArrayList<>();

    public CorpusGenerator(long seed, double errorRate) {
        this.random = new Random(seed);
        this.errorRate = errorRate;
    }

    /** Writes the corpus; returns how many claims were written. */
    public long write(Path out, int articles, Path referenceFrom) throws IOException {
        Files.createDirectories(out.resolve("articles"));
        copyReference(referenceFrom, Files.createDirectories(out.resolve("reference")));
        long claims = 0;
        for (int i = 1; i <= articles; i++) {
            claims += writeArticle(out.resolve("articles").resolve(String.format("gen-%07d", i)), i);
        }
        Files.write(out.resolve("planted.txt"), planted, StandardCharsets.UTF_8);
        return claims;
    }

    private static void copyReference(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private int writeArticle(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String p = "a" + n + "-";
        List<String> yaml = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        yaml.add("article:");
        yaml.add("  title: Synthetic article " + n);
        yaml.add("  outlet: claimcheck benchmark");
        yaml.add("  published: " + published);
        yaml.add("claims:");
        Claims c = new Claims(yaml, quotes, p);

        LocalDate call = published.minusDays(1 + random.nextInt(20));
        String day = call.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String claimedDay = plant(p + "weekday", "weekday-matches-date") ? call.getDayOfWeek().plus(1)
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH) : day;
        String written = call.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + call.getDayOfMonth();
        c.add("weekday", "weekday", "on " + claimedDay + " (" + written + ")", "date: " + call, "weekday: " + claimedDay.toLowerCase(Locale.ROOT));

        // A wrong level states 2019, which right ones never do: a wrong figure beside thousands of right ones
        // for the same year would contradict each of them (articles-agree), one finding per pair.
        boolean wrongLevel = plant(p + "level", "level-matches-reference");
        String[] level = wrongLevel ? LEVELS[1] : LEVELS[2 + random.nextInt(LEVELS.length - 2)];  // not 2018, the peak
        String amount = wrongLevel ? bump(level[1]) : level[1];
        c.add("level", "level", "a deficit of US$" + amount + " billion in " + level[0],
                "metric: us-china-goods-deficit", "period: " + level[0], "amount: US$" + amount + " billion");
        c.add("peak", "peak", "a peak of US$418.2 billion in 2018", "metric: us-china-goods-deficit",
                "period: 2018", "amount: US$418.2 billion");
        c.add("below-peak", "comparison", "down from a peak", "subject: " + p + "level", "relation: below",
                "object: " + p + "peak");
        String rise = plant(p + "rise", "change-equals-difference") ? "19.3" : "16.3";
        c.add("rise", "change", "rose US$" + rise + " billion from 2023 to 2024", "metric: us-china-goods-deficit",
                "from: 2023", "to: 2024", "direction: rise", "amount: US$" + rise + " billion");

        String tenure = plant(p + "bessent", "former-office-holder") ? "former" : "current";
        c.add("bessent", "office", "Treasury Secretary Scott Bessent", "person: Scott Bessent",
                "office: us-treasury-secretary", "tenure: " + tenure);
        c.add("yellen", "office", "former Treasury secretary Janet Yellen", "person: Janet Yellen",
                "office: us-treasury-secretary", "tenure: former");
        c.add("he", "office", "Vice Premier He Lifeng", "person: He Lifeng", "office: prc-vice-premier", "tenure: current");
        c.add("trump", "office", "President Donald Trump", "person: Donald Trump", "office: us-president",
                "tenure: current");
        c.add("xi", "office", "President Xi Jinping", "person: Xi Jinping", "office: prc-president", "tenure: current");
        c.add("biden", "office", "former President Joe Biden", "person: Joe Biden", "office: us-president", "tenure: former");
        String predecessor = plant(p + "predecessor", "predecessor-not-acting") ? "David Lebryk" : "Janet Yellen";
        c.add("predecessor", "predecessor", "Bessent's predecessor as Treasury Secretary, " + predecessor, "person: " + predecessor,
                "successor: Scott Bessent", "office: us-treasury-secretary");

        String rate = plant(p + "rate", "rate-matches-action") ? "20" : "10";
        c.add("rate", "rate", "imposed " + rate + " per cent tariffs on all Chinese goods", "action: us-eo-14195",
                "target: all Chinese goods", "rate: " + rate + " per cent");
        c.add("up-to", "rate", "tariffs of up to 15 per cent", "action: prc-countermeasures-2025-02",
                "target: some US imports", "rate: up to 15 per cent");
        c.add("retaliated", "sequence", "Beijing retaliated", "earlier: us-eo-14195", "later: prc-countermeasures-2025-02");
        c.add("economies", "rank", "the world's two largest economies", "subjects: [United States, China]",
                "measure: gdp-nominal-usd", "top: 2");
        c.add("began", "event", "2018, the year Trump began imposing new tariffs on some US$370 billion",
                "event: us-section-301-tariffs", "year: 2018", "amount: some US$370 billion");
        c.add("trip", "time", "a trip to China last year", "expression: last year",
                spanFields(RelativeTime.resolve("last year", published).get(0)), "event: yellen-china-trip-2024");
        c.add("early-february", "time", "10 per cent tariffs in early February", "expression: in early February",
                spanFields(RelativeTime.resolve("early February", published).get(0)), "event: us-eo-14195");
        c.add("hikes", "event", "Biden's steep tariff hikes", "event: us-section-301-increases-2024");

        Files.write(dir.resolve("claims.yaml"), yaml, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("article.txt"), String.join("\n", quotes) + "\n", StandardCharsets.UTF_8);
        return c.count;
    }

    private boolean plant(String claimId, String rule) {
        if (random.nextDouble() < errorRate) {
            planted.add(claimId + " " + rule);
            return true;
        }
        return false;
    }

    private static String bump(String figure) {
        return new java.math.BigDecimal(figure).add(new java.math.BigDecimal("12.5")).toPlainString();
    }

    private static String spanFields(DateSpan span) {
        return "start: " + span.start() + "\n    end: " + span.end();
    }

    /** Appends claims to the YAML and their quotes to the article's text. */
    private static final class Claims {
        private final List<String> yaml;
        private final List<String> quotes;
        private final String prefix;
        private int count;

        Claims(List<String> yaml, List<String> quotes, String prefix) {
            this.yaml = yaml;
            this.quotes = quotes;
            this.prefix = prefix;
        }

        void add(String id, String kind, String quote, String... fields) {
            yaml.add("  - id: " + prefix + id);
            yaml.add("    kind: " + kind);
            yaml.add("    quote: \"" + quote + "\"");
            for (String field : fields) {
                yaml.add("    " + field);
            }
            quotes.add(quote);
            count++;
        }
    }
}
