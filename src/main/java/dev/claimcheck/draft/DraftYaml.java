package dev.claimcheck.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes drafts as claims.yaml text. A draft that misses a required field is written commented out,
 * so that the file still loads; a comment names what is missing.
 */
public final class DraftYaml {
    private DraftYaml() {
    }

    /** A new claims.yaml: an article section to complete, and the drafts. */
    public static String newFile(LocalDate published, List<Drafter.Draft> drafts) {
        return "# Drafted by 'claimcheck draft' from article.txt. Review every claim: fill what the comments\n"
                + "# name, uncomment the drafts that are commented out, and remove 'draft: true' once reviewed.\n"
                + "article:\n  title: unknown\n  outlet: unknown\n  published: " + published + "\n\nclaims:\n"
                + claims(drafts);
    }

    /** The drafts as items of a {@code claims:} list. */
    public static String claims(List<Drafter.Draft> drafts) {
        StringBuilder out = new StringBuilder();
        for (Drafter.Draft draft : drafts) {
            out.append('\n');
            String prefix = draft.complete() ? "  " : "  # ";
            if (!draft.unfilled().isEmpty()) {
                out.append("  # draft: could not fill ").append(String.join("; ", draft.unfilled())).append('\n');
            }
            out.append(prefix).append("- id: ").append(draft.id()).append('\n');
            String indent = prefix + "  ";
            out.append(indent).append("kind: ").append(draft.kind()).append('\n');
            out.append(indent).append("draft: true\n");
            out.append(indent).append("quote: ").append(scalar(draft.quote())).append('\n');
            draft.fields().forEach((name, value) -> out.append(indent).append(name).append(": ")
                    .append(scalar(value)).append('\n'));
        }
        return out.toString();
    }

    private static String scalar(Object value) {
        if (value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DraftYaml::scalar).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = value.toString();
        return text.matches("[a-z0-9][a-z0-9-]*") ? text
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
