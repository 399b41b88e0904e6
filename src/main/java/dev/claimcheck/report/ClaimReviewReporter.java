package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.ClaimResult;
import dev.claimcheck.judge.Verdict;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.model.Article;
import dev.claimcheck.model.Publisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * schema.org ClaimReview in JSON-LD, for search engines and fact-check aggregators: one ClaimReview per
 * claim a rule checked (consistent, inconsistent or undecided), in a {@code @graph}. Unchecked claims
 * have no verdict to publish, drafts are not yet reviewed by a person, and a claim whose record is
 * wrong (a precondition error) has a verdict on the record, not on the article: none gets one.
 * <p>
 * The rating scale is {@link #ratingValue}: inconsistent 1, undecided 3, consistent 5, of worst 1 and
 * best 5. The review's author and address come from {@link VerifyResult#publisher()}; without one
 * there is no review to write, and the format refuses.
 * <p>
 * The HTML report embeds the same document with {@link #jsonLd}: its strings escape {@code < > &}, so
 * it can sit in a {@code <script type="application/ld+json">} element as it is.
 */
public final class ClaimReviewReporter implements Reporter {
    public static final int WORST_RATING = 1;
    public static final int BEST_RATING = 5;
    /** Google shows up to 75 characters of claimReviewed; the ellipsis counts. */
    static final int CLAIM_REVIEWED_MAX = 74;
    private static final String ELLIPSIS = "\u2026";

    /** The mapper, made when a review is first written: every reporter is made at start, most runs write none. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonEscapes.forHtml())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    @Override
    public String name() {
        return "claimreview";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        Optional<String> document = jsonLd(result);
        if (document.isEmpty()) {
            throw new IOException("--format claimreview needs a publisher: add " + Publisher.FILE_NAME
                    + " (name, url) to the facts directory, or give --publisher-name and --publisher-url");
        }
        out.write(document.get());
        out.write(System.lineSeparator());
        out.flush();
    }

    /** The JSON-LD document as text, ready for a file or an HTML script element; empty without a publisher. */
    public static Optional<String> jsonLd(VerifyResult result) {
        return document(result).map(document -> {
            try {
                return Json.MAPPER.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The JSON-LD document: a schema.org context and a graph of ClaimReviews; empty without a publisher. */
    public static Optional<ObjectNode> document(VerifyResult result) {
        Optional<Publisher> publisher = result.publisher().filter(Publisher::isComplete);
        if (publisher.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode document = Json.MAPPER.createObjectNode().put("@context", "https://schema.org");
        ArrayNode graph = document.putArray("@graph");
        reviewed(result).forEach(claim -> graph.add(review(result, claim, publisher.get())));
        return Optional.of(document);
    }

    /**
     * The claims with a verdict to publish: checked by a rule, reviewed by a person (not drafts), and
     * recorded as the article states them (see {@link #misrecorded}).
     */
    public static List<ClaimResult> reviewed(VerifyResult result) {
        return result.claims().stream()
                .filter(c -> c.verdict() != Verdict.UNCHECKED && !c.draft() && !misrecorded(result, c))
                .toList();
    }

    /**
     * Whether an error says the claims file, not the article, is wrong: a precondition failed (the quote
     * is not in the article or does not state the values, an id names nothing), on this claim or on the
     * one whose error this claim's follows from. A verdict on such a record would blame the article for
     * a typing slip, so it is not published until the record is fixed (waived or not).
     */
    static boolean misrecorded(VerifyResult result, ClaimResult claim) {
        return claim.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .anyMatch(f -> f.rule().precondition()
                        || (result.causeOf(f) != null && result.causeOf(f).rule().precondition()));
    }

    private static ObjectNode review(VerifyResult result, ClaimResult claim, Publisher publisher) {
        Optional<Article> article = result.article(claim.claim().getArticle());
        ObjectNode review = typed("ClaimReview")
                .put("url", publisher.reviewUrlOf(claim.claim().getArticle(), claim.claim().getId()))
                .put("claimReviewed", claimReviewed(claim.claim().getQuote()))
                .put("datePublished", result.today().toString());
        review.set("author", organization(publisher.getName(), publisher.getUrl(), publisher.getLogo()));
        review.set("reviewRating", typed("Rating")
                .put("ratingValue", ratingValue(claim.verdict()))
                .put("bestRating", BEST_RATING)
                .put("worstRating", WORST_RATING)
                .put("alternateName", alternateName(claim.verdict())));
        review.set("itemReviewed", article.map(ClaimReviewReporter::claimIn).orElseGet(() -> typed("Claim")));
        return review;
    }

    /** The claim as it appeared: in the article, on its date, by its outlet when the metadata names them. */
    private static ObjectNode claimIn(Article article) {
        ObjectNode appearance = typed("CreativeWork");
        known(article.getTitle()).ifPresent(title -> appearance.put("headline", title));
        webAddress(article.getUrl()).ifPresent(url -> appearance.put("url", url));
        ObjectNode claim = typed("Claim");
        if (article.getPublished() != null) {
            appearance.put("datePublished", article.getPublished().toString());
            claim.put("datePublished", article.getPublished().toString());
        }
        claim.set("appearance", appearance);
        Optional<ObjectNode> author = known(article.getOutlet()).map(outlet -> organization(outlet, null, null))
                .or(() -> known(article.getAuthor()).map(person -> typed("Person").put("name", person)));
        author.ifPresent(a -> claim.set("author", a));
        return claim;
    }

    private static ObjectNode organization(String name, String url, String logo) {
        ObjectNode organization = typed("Organization").put("name", name);
        webAddress(url).ifPresent(u -> organization.put("url", u));
        webAddress(logo).ifPresent(u -> organization.put("logo", u));
        return organization;
    }

    private static ObjectNode typed(String type) {
        return Json.MAPPER.createObjectNode().put("@type", type);
    }

    /** The rating scale of the README: the worse the verdict, the lower; undecided in the middle. */
    public static int ratingValue(Verdict verdict) {
        return switch (verdict) {
            case INCONSISTENT -> WORST_RATING;
            case UNDECIDED -> 3;
            case CONSISTENT -> BEST_RATING;
            case UNCHECKED -> throw new IllegalArgumentException("an unchecked claim has no rating");
        };
    }

    /** The verdict as the rating's text: "Consistent", "Inconsistent", "Undecided". */
    public static String alternateName(Verdict verdict) {
        String word = verdict.word();
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /**
     * The quote on one line, at most {@link #CLAIM_REVIEWED_MAX} characters (code points): a longer one is
     * cut at the last word boundary that leaves room for an ellipsis (within a word only when it has no
     * space), without the spaces and punctuation before the ellipsis.
     */
    static String claimReviewed(String quote) {
        String line = quote.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= CLAIM_REVIEWED_MAX) {
            return line;
        }
        String head = line.substring(0, line.offsetByCodePoints(0, CLAIM_REVIEWED_MAX - ELLIPSIS.length()));
        boolean cutsAWord = Character.isLetterOrDigit(line.codePointAt(head.length()))
                && Character.isLetterOrDigit(head.codePointBefore(head.length()));
        int space = head.lastIndexOf(' ');
        if (cutsAWord && space > 0) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.\u2013\u2014-]+$", "") + ELLIPSIS;
    }

    /** Metadata the facts give, or empty for none: claims files write "unknown (why)" where it is not known. */
    static Optional<String> known(String value) {
        return Optional.ofNullable(value).map(String::strip)
                .filter(v -> !v.isEmpty() && !v.toLowerCase(Locale.ROOT).startsWith("unknown"));
    }

    private static Optional<String> webAddress(String value) {
        return Optional.ofNullable(value).filter(Publisher::isWebAddress);
    }
}
