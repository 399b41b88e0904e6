package dev.claimcheck.report;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The output formats claimcheck knows. */
public final class Reporters {
    private static final List<Reporter> ALL = List.of(new TextReporter(), new JsonReporter(), new SarifReporter(),
            new JunitReporter(), new GithubReporter(), new TapReporter(), new MarkdownReporter(),
            new ClaimReviewReporter(), new HtmlReporter());

    private Reporters() {
    }

    public static Optional<Reporter> named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Reporter::name).toList();
    }

    /** The format names, for picocli's help and completion. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }
}
