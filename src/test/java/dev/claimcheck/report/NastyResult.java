package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.engine.Check;
import dev.claimcheck.engine.Outcome;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.Baseline;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.VerifyResult.Judgement;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.OfficeClaim;
import dev.claimcheck.model.Waiver;
import dev.claimcheck.model.YamlFacts;
import dev.claimcheck.problem.SourceLocation;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * A verify result built by hand whose every text from facts and rules is made of the nastiest
 * characters for some format: claim ids, quotes, the article's slug, file paths, a rule's id, title,
 * description and conditions, its messages, waiver reasons and owners, a baseline entry.
 * <p>
 * One article with four claims, each id {@link #NASTY} plus a word: {@code failing} (an error that fails
 * the run), {@code waived} (an error a waiver accepts), {@code passing} (consistent) and {@code unchecked}
 * (no rule checked it). An expired waiver adds a warning at the waivers file; the baseline holds only an
 * entry since fixed.
 */
final class NastyResult {
    /**
     * A line that starts a workflow command; a newline and another command after "# TODO"; percent
     * escapes; an ANSI colour and an OSC 8 hyperlink; NUL, U+FFFE, an unpaired surrogate and a
     * right-to-left override; what ends CDATA and a script; a GitHub v1 command; backslashes.
     */
    static final String NASTY = "::error file=x::y\n::warning file=z::w # TODO %0A 50%25 \r\t"
            + "\u001b[31mred\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u0000 \uFFFE \uD800 \u202Eevil"
            + " ]]> </script> ##[error]v1 C:\\dir \\# \u0085 \u2028end";
    /** A file path: anything but NUL and unpaired surrogates, which no file system name holds. */
    static final String PATH = NASTY.replace("\u0000", "").replace("\uD800", "") + "/claims.yaml";
    static final String WAIVERS = NASTY.replace("\u0000", "").replace("\uD800", "") + "/waivers.yaml";
    static final String SLUG = "2025-01-01 " + NASTY.replace("/", "").replace("\u0000", "");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final RuleInfo RULE = new RuleInfo("rule " + NASTY, Severity.ERROR, "title " + NASTY,
            "description " + NASTY, new SourceLocation(PATH + ".drl", 3, 1), List.of(OfficeClaim.class),
            "$c : OfficeClaim()\n" + NASTY);
    /** A rule that matches office claims and checks none of these. */
    static final RuleInfo OTHER = new RuleInfo("other " + NASTY, Severity.WARNING, "other title " + NASTY, "",
            new SourceLocation(PATH + ".drl", 30, 1), List.of(OfficeClaim.class), "$c : OfficeClaim()\n" + NASTY);
    static final List<String> WORDS = List.of("failing", "waived", "passing", "unchecked");

    private static final ObjectMapper JSON_ASCII = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    final FactBase facts = new FactBase();
    final List<OfficeClaim> claims;

    NastyResult() {
        Article article = YamlFacts.read(Article.class, """
                title: %s
                outlet: %s
                published: 2025-01-01
                url: https://example.com/nasty
                """.formatted(quoted(NASTY), quoted(NASTY)));
        article.setSlug(SLUG);
        article.setLocation(new SourceLocation(PATH, 1, 1));
        facts.getArticles().add(article);
        claims = WORDS.stream().map(word -> claim(article, word)).toList();
        facts.getWaivers().add(waiver(3, "waived", "2099-12-31"));
        facts.getWaivers().add(waiver(9, "failing", "2025-01-31"));
    }

    /** The id of the claim of the given word. */
    static String id(String word) {
        return NASTY + " " + word;
    }

    /** The four claims judged: failing fails the run, waived is accepted, passing passes, unchecked is unchecked. */
    VerifyResult result() {
        List<Check> checks = List.of(
                new Check(RULE, claims.get(0), Outcome.FAIL, Severity.ERROR, "failing " + NASTY, null),
                new Check(RULE, claims.get(1), Outcome.FAIL, Severity.ERROR, "waived " + NASTY, null),
                new Check(RULE, claims.get(2), Outcome.PASS, null, "passing " + NASTY, null));
        Baseline baseline = new Baseline(Baseline.FORMAT_VERSION, "claimcheck test", List.of(
                new Baseline.Entry("fixed-fingerprint", RULE.id(), id("fixed"), "error", "fixed " + NASTY)));
        VerifyResult result = new VerifyResult(facts, checks, List.of(RULE, OTHER), new Judgement(baseline, TODAY));
        List<Verdict> verdicts = result.claims().stream().map(ClaimResult::verdict).toList();
        if (!verdicts.equals(List.of(Verdict.INCONSISTENT, Verdict.INCONSISTENT, Verdict.CONSISTENT, Verdict.UNCHECKED))
                || !result.claims().get(0).failsTheGate() || result.claims().get(1).failsTheGate()) {
            throw new IllegalStateException("the nasty result is not what its tests expect: " + verdicts);
        }
        return result;
    }

    private OfficeClaim claim(Article article, String word) {
        OfficeClaim claim = YamlFacts.read(OfficeClaim.class, """
                id: %s
                kind: office
                quote: %s
                person: Scott Bessent
                office: us-treasury-secretary
                tenure: former
                """.formatted(quoted(id(word)), quoted(word + " " + NASTY)));
        if (!claim.getId().equals(id(word)) || !claim.getQuote().equals(word + " " + NASTY)) {
            throw new IllegalStateException("YAML did not read the nasty text back: " + claim.getId());
        }
        claim.setArticle(article);
        claim.setLocation(new SourceLocation(PATH, 10 + WORDS.indexOf(word) * 7, 5));
        facts.getClaims().add(claim);
        return claim;
    }

    private static Waiver waiver(int line, String word, String expires) {
        Waiver waiver = YamlFacts.read(Waiver.class, """
                claim: %s
                rule: %s
                reason: %s
                owner: %s
                expires: %s
                """.formatted(quoted(id(word)), quoted(RULE.id()), quoted("reason " + NASTY), quoted("owner " + NASTY),
                expires));
        waiver.setLocation(new SourceLocation(WAIVERS, line, 5));
        return waiver;
    }

    /** The text as a YAML double-quoted scalar: JSON's escapes, all of them YAML's too. */
    private static String quoted(String text) {
        try {
            return JSON_ASCII.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the claim is the one of the given word. */
    static boolean is(Claim claim, String word) {
        return claim.getId().equals(id(word));
    }

    /**
     * The lines of a report for people, once it is checked that none could fool a terminal or a CI log:
     * no control character (ESC and NUL among them), no Unicode line separator, no bidirectional
     * override, no line that starts a GitHub workflow command ("::" first, after spaces) and no "##[".
     */
    static List<String> safeLines(String report) {
        List<String> lines = report.lines().toList();
        for (String line : lines) {
            // Code points: a surrogate among them is an unpaired one.
            if (line.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028
                    || c == 0x2029 || c == 0x202E || c == 0xFFFE || (c >= 0xD800 && c <= 0xDFFF))) {
                throw new AssertionFailedError("a control character on the line: " + OneLine.of(line));
            }
            // The Actions runner trims .NET white space, which takes in no-break spaces.
            String start = line.replaceFirst("^[\\s\\p{Z}]+", "");
            if (start.startsWith("::") || line.contains("##[")) {
                throw new AssertionFailedError("a workflow command: " + line);
            }
        }
        return lines;
    }

    /**
     * Checks that a JSON document holds none of the nasty characters as they are: every one of them is
     * one of JSON's escapes, and no "##[" is there for a CI log to act on.
     */
    static void assertEscapedJson(String json) {
        json.codePoints().filter(c -> c != '\n' && c != ' ').forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || c <= 0xFFFF && OneLine.hidden((char) c)
                    || (c >= 0xD800 && c <= 0xDFFF)) {
                throw new AssertionFailedError("a raw " + OneLine.of(Character.toString(c)) + " in the JSON");
            }
        });
        if (json.contains("#")) {
            throw new AssertionFailedError("a raw '#' in the JSON");
        }
    }
}
