package dev.claimcheck.draft;

import dev.claimcheck.number.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence of the article, with where it starts, so that found words keep their article offsets. */
record Sentence(int start, String text) {
    private static final Pattern BREAK = Pattern.compile("(?<=[.!?][\"\u201D]?)\\s+(?=[\"\u201C]?[A-Z])");

    /** The sentences of a text: each line is split at a full stop followed by a capital. */
    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int from = 0;
            Matcher m = BREAK.matcher(line);
            while (m.find()) {
                add(sentences, lineStart + from, line.substring(from, m.start()));
                from = m.end();
            }
            add(sentences, lineStart + from, line.substring(from));
            lineStart += line.length() + 1;
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, int start, String text) {
        if (!text.isBlank()) {
            sentences.add(new Sentence(start, text));
        }
    }

    /** The article span of a part of this sentence. */
    Span span(int from, int to) {
        return new Span(start + from, start + to);
    }

    /** The last of the words (whole words, ignoring case) that ends at or before {@code to} and after {@code from}. */
    Optional<Found> lastOf(List<String> words, int from, int to) {
        Found best = null;
        for (String word : words) {
            Matcher m = wholeWord(word).matcher(text);
            m.region(Math.max(0, from), Math.max(Math.max(0, from), to));
            while (m.find()) {
                if (best == null || m.start() > best.at) {
                    best = new Found(word, m.start(), m.end());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every amount written in the sentence, in order, with where it is. */
    List<Figure> amounts() {
        List<Figure> found = new ArrayList<>();
        int from = 0;
        for (Amount amount : Amount.findIn(text)) {
            int at = text.indexOf(amount.getText(), from);
            if (at >= 0) {
                found.add(new Figure(amount, at, at + amount.getText().length()));
                from = at + amount.getText().length();
            }
        }
        return found;
    }

    /** An amount found in the sentence, at offsets within it. */
    record Figure(Amount amount, int at, int end) {
        /** The sentence's words after the amount. */
        String after(Sentence sentence) {
            return sentence.text().substring(end);
        }
    }

    /** A word found in the sentence, at offsets within it. */
    record Found(String word, int at, int end) {
    }

    static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }
}
