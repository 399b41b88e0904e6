package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Who publishes the fact checks, from facts/publisher.yaml: the organisation named as the author of each
 * ClaimReview, and where each review is read ({@code review_url}, a template with {@code {claim}} and
 * optionally {@code {article}}; by default the publisher's url with {@code #CLAIM_ID}).
 */
public class Publisher extends LocatedFact {
    /** The file, in the facts directory, that names the publisher. */
    public static final String FILE_NAME = "publisher.yaml";
    /** The placeholders a review url template may hold. */
    public static final String CLAIM = "{claim}";
    public static final String ARTICLE = "{article}";

    @JsonProperty(required = true)
    private String name;
    @JsonProperty(required = true)
    private String url;
    private String logo;
    private String reviewUrl;

    public Publisher() {
    }

    private Publisher(String name, String url, String logo, String reviewUrl) {
        this.name = name;
        this.url = url;
        this.logo = logo;
        this.reviewUrl = reviewUrl;
    }

    /** Names given on the command line, each null when not given: they win over publisher.yaml. */
    public record Given(String name, String url) {
        public static final Given NONE = new Given(null, null);

        /** The publisher with these names put in; null when neither a file nor the override names one. */
        public Publisher over(Publisher fromFile) {
            if (name == null && url == null) {
                return fromFile;
            }
            Publisher base = fromFile == null ? new Publisher() : fromFile;
            Publisher merged = new Publisher(name == null ? base.name : name, url == null ? base.url : url,
                    base.logo, base.reviewUrl);
            merged.setLocation(base.getLocation());
            return merged;
        }
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    /** The address of the publisher's logo image, or null. */
    public String getLogo() {
        return logo;
    }

    /** The review url template as written, or null for the default. */
    public String getReviewUrl() {
        return reviewUrl;
    }

    /** The address of the review of one claim: the template with its placeholders filled, percent-encoded. */
    public String reviewUrlOf(String articleSlug, String claimId) {
        String template = reviewUrl != null ? reviewUrl : url.replaceFirst("#.*$", "") + "#" + CLAIM;
        return template.replace(ARTICLE, encoded(articleSlug)).replace(CLAIM, encoded(claimId));
    }

    /** Whether both a name and a url are known: what a ClaimReview needs. */
    public boolean isComplete() {
        return name != null && !name.isBlank() && url != null;
    }

    /** Whether the text is an absolute http or https address with a host: what a search engine follows. */
    public static boolean isWebAddress(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The id percent-encoded (UTF-8), so that it stays one segment or fragment of the address. */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "publisher " + name + " (" + url + ")";
    }
}
