package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.Fingerprints;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.VerifyResult.Judgement;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.ChangeClaim;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.LevelClaim;
import dev.claimcheck.model.OfficeClaim;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.model.YamlFacts;
import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Provenance;
import dev.claimcheck.number.Quantity;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * A small verify result built by hand, without Drools and without the facts directory: one article
 * with three claims, and three checks made by three rules.
 * <ul>
 * <li>{@code deficit-2024} (line 12): level-matches-reference passes, a comparison that holds; its quote
 * runs over two lines and is longer than the text report shows;</li>
 * <li>{@code deficit-rise} (line 19): change-matches-levels fails, a comparison with worked numbers; it is
 * a draft (machine-proposed, not yet reviewed), and its quote does not state its year "to";</li>
 * <li>{@code bessent-former} (line 27): office-tenure fails, a yes/no message.</li>
 * </ul>
 * {@link #judged()} adds a baseline that knows the deficit-rise finding (plus one entry since fixed), a
 * waiver that accepts the bessent-former finding, and an expired waiver.
 */
final class SampleResult {
    static final String SLUG = "2025-02-22-sample";
    static final String CLAIMS_FILE = "facts/articles/" + SLUG + "/claims.yaml";
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static final RuleInfo LEVEL_RULE = rule("level-matches-reference", "amounts.drl", 12,
            "A claimed level matches the reference value in force on the article's date");
    static final RuleInfo CHANGE_RULE = rule("change-matches-levels", "amounts.drl", 40,
            "A claimed change matches the difference of the reference levels");
    static final RuleInfo TENURE_RULE = rule("office-tenure", "offices.drl", 7,
            "A person called current or former held the office accordingly");
    static final List<RuleInfo> RULES = List.of(LEVEL_RULE, CHANGE_RULE, TENURE_RULE);

    /** The message of the failed comparison, as Comparison.explain() works it out. */
    static final String CHANGE_MESSAGE = "US$20 billion [claim deficit-rise] = change 2023 to 2024"
            + " (US$295.4 billion [us-china-goods-deficit 2024] − US$279.1 billion [us-china-goods-deficit 2023]"
            + " = US$16.3 ± 0.1 billion): fails";
    static final String TENURE_MESSAGE = "Scott Bessent held us-treasury-secretary on 2025-02-22: current, not former";

    final FactBase facts = new FactBase();
    final Check pass;
    final Check comparisonFailure;
    final Check yesNoFailure;

    SampleResult() {
        Article article = YamlFacts.read(Article.class, """
                title: Sample wire story
                outlet: Wire
                published: 2025-02-22
                url: https://example.com/sample
                """);
        article.setSlug(SLUG);
        article.setLocation(new SourceLocation(CLAIMS_FILE, 1, 1));
        facts.getArticles().add(article);
        LevelClaim level = claim(LevelClaim.class, article, 12, """
                id: deficit-2024
                kind: level
                quote: "the United States ran a US$295.4 billion goods deficit\\n  with China in 2024"
                metric: us-china-goods-deficit
                period: 2024
                amount: US$295.4 billion
                """);
        ChangeClaim change = claim(ChangeClaim.class, article, 19, """
                id: deficit-rise
                kind: change
                draft: true
                quote: up US$20 billion from 2023
                metric: us-china-goods-deficit
                from: 2023
                to: 2024
                direction: rise
                amount: US$20 billion
                """);
        OfficeClaim office = claim(OfficeClaim.class, article, 27, """
                id: bessent-former
                kind: office
                quote: former Treasury Secretary Scott Bessent
                person: Scott Bessent
                office: us-treasury-secretary
                tenure: former
                """);
        Quantity reference2024 = reference("US$295.4 billion", "us-china-goods-deficit 2024");
        Quantity reference2023 = reference("US$279.1 billion", "us-china-goods-deficit 2023");
        pass = new Check(LEVEL_RULE, level, Outcome.PASS, null, null, level.getValue().checkEquals(reference2024));
        comparisonFailure = new Check(CHANGE_RULE, change, Outcome.FAIL, Severity.ERROR, null,
                change.getValue().checkEquals(reference2024.minus(reference2023).named("change 2023 to 2024")));
        yesNoFailure = new Check(TENURE_RULE, office, Outcome.FAIL, Severity.ERROR, TENURE_MESSAGE, null);
    }

    /** The three checks, no baseline, no waivers. */
    VerifyResult plain() {
        return result(List.of(pass, comparisonFailure, yesNoFailure), null);
    }

    /** Only the two failures: deficit-2024 is then unchecked. */
    VerifyResult withoutThePass() {
        return result(List.of(comparisonFailure, yesNoFailure), null);
    }

    /**
     * The three checks judged against a baseline that holds the deficit-rise finding and a quote finding
     * since fixed, with a waiver accepting the bessent-former finding and another waiver expired.
     */
    VerifyResult judged() {
        facts.getWaivers().add(waiver(3, """
                claim: bessent-former
                rule: office-tenure
                reason: the article means his former post at a fund
                owner: desk
                expires: 2025-12-31
                """));
        facts.getWaivers().add(waiver(9, """
                claim: deficit-2024
                rule: level-matches-reference
                reason: awaiting the revised figure
                owner: desk
                expires: 2025-05-31
                """));
        Baseline baseline = new Baseline(Baseline.FORMAT_VERSION, "claimcheck test", List.of(
                new Baseline.Entry(Fingerprints.of(comparisonFailure), CHANGE_RULE.id(), "deficit-rise", "error",
                        CHANGE_MESSAGE),
                new Baseline.Entry(Fingerprints.of("quote-in-article", "deficit-2024", "fail", ""),
                        "quote-in-article", "deficit-2024", "error", "the quote is not in the article")));
        return result(List.of(pass, comparisonFailure, yesNoFailure), baseline);
    }

    private VerifyResult result(List<Check> checks, Baseline baseline) {
        return new VerifyResult(facts, checks, RULES, new Judgement(baseline, TODAY));
    }

    /** What a reporter writes for the result. */
    static String render(Reporter reporter, VerifyResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** What a reporter of JSON (or SARIF) writes for the result, read back as a tree. */
    static JsonNode renderTree(Reporter reporter, VerifyResult result) {
        try {
            return new ObjectMapper().readTree(render(reporter, result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text made of each element of a JSON array, in order. */
    static List<String> each(JsonNode array, Function<JsonNode, String> text) {
        return StreamSupport.stream(array.spliterator(), false).map(text).toList();
    }

    private <T extends Claim> T claim(Class<T> type, Article article, int line, String yaml) {
        T claim = YamlFacts.read(type, yaml);
        claim.setArticle(article);
        claim.setLocation(new SourceLocation(CLAIMS_FILE, line, 5));
        facts.getClaims().add(claim);
        return claim;
    }

    private static Waiver waiver(int line, String yaml) {
        Waiver waiver = YamlFacts.read(Waiver.class, yaml);
        waiver.setLocation(new SourceLocation("facts/waivers.yaml", line, 5));
        return waiver;
    }

    private static Quantity reference(String amount, String label) {
        return Amount.parse(amount).quantity(Provenance.reference(label));
    }

    private static RuleInfo rule(String id, String file, int line, String title) {
        return new RuleInfo(id, Severity.ERROR, title, "", new SourceLocation("rules/" + file, line, 1));
    }
}
