package dev.claimcheck.model;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for rule messages. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Words() {
    }

    /** "Friday". */
    public static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * The run of the text's words, as long as the quote, that shares the most words with it: what the
     * writer of a misquoted claim most likely meant.
     */
    public static String closestPassage(String text, String quote) {
        List<Match> words = words(text);
        int length = Math.max(1, words(quote).size());
        if (words.isEmpty()) {
            return "";
        }
        Map<String, Integer> wanted = counts(words(quote));
        int bestStart = 0;
        int bestScore = -1;
        for (int start = 0; start + Math.min(length, words.size()) <= words.size(); start++) {
            int score = overlap(wanted, words.subList(start, Math.min(words.size(), start + length)));
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        int end = Math.min(words.size(), bestStart + length) - 1;
        return text.substring(words.get(bestStart).start(), words.get(end).end()).replaceAll("\\s+", " ");
    }

    private static int overlap(Map<String, Integer> wanted, List<Match> window) {
        Map<String, Integer> remaining = new HashMap<>(wanted);
        int score = 0;
        for (Match word : window) {
            Integer left = remaining.get(word.normalized());
            if (left != null && left > 0) {
                remaining.put(word.normalized(), left - 1);
                score++;
            }
        }
        return score;
    }

    private static Map<String, Integer> counts(List<Match> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w.normalized(), 1, Integer::sum));
        return counts;
    }

    private static List<Match> words(String text) {
        Matcher m = WORD.matcher(text);
        List<Match> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new Match(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}$.%]", "")));
        }
        return found;
    }

    private record Match(int start, int end, String normalized) {
    }
}
