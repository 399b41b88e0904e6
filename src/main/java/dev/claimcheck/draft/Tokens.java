package dev.claimcheck.draft;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, crudely stemmed ("released" and "release" are one word), for matching
 * the words of an article to the titles of reference data. "US" and "U.S." read as "United States".
 */
final class Tokens {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "to", "and", "or", "for",
            "with", "by", "at", "from", "as", "is", "was", "it", "its", "he", "she", "his", "her", "that", "this",
            "which", "had", "has", "have", "be", "been", "per", "cent", "year", "gacc", "cn", "usd", "cny", "than",
            "more", "less", "all", "some", "new", "said", "positive", "goods");

    /** Names of the two countries and their capitals: they stand for either government and tell no event apart. */
    static final Set<String> COUNTRIES = of("China Chinese United States Beijing Washington");

    private Tokens() {
    }

    static Set<String> of(String text) {
        // "US$" is a currency, not the country: every dollar series' title has it.
        String spelled = text.replaceAll("\\bUS\\$", " ").replaceAll("\\bU\\.S\\.|\\bUS\\b", "united states");
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : spelled.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            String stem = stem(word.replaceAll("'s?$", ""));
            if (stem.length() > 1 && !STOP.contains(word) && !STOP.contains(stem)) {
                tokens.add(stem);
            }
        }
        return tokens;
    }

    private static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    /** The content words of a text without the names of the countries. */
    static Set<String> distinctive(String text) {
        Set<String> words = of(text);
        words.removeAll(COUNTRIES);
        return words;
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String token : a) {
            if (b.contains(token)) {
                n++;
            }
        }
        return n;
    }
}
