package de.mitwirken.backlog.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the office typed to find a need, cluster, recommendation or item to link: a number ("123" or "#123")
 * or words of the title, of which the first three count (each must occur in the title). LIKE's wildcards are
 * taken out of the words, so typing "%" finds no more than typing nothing.
 */
public record LinkQuery(Long number, List<String> words) {

    public static final int MAX_WORDS = 3;
    public static final int MAX_LENGTH = 200;
    private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    public LinkQuery {
        words = List.copyOf(words);
    }

    public static LinkQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        var number = NUMBER.matcher(text);
        if (number.matches()) {
            return new LinkQuery(Long.valueOf(number.group(1)), List.of());
        }
        List<String> words = new ArrayList<>();
        for (String word : text.replaceAll("[%_\\\\]", " ").split("\\s+")) {
            if (!word.isBlank() && words.size() < MAX_WORDS) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new LinkQuery(null, words);
    }

    /** Neither a number nor a word: nothing to search for. */
    public boolean isEmpty() {
        return number == null && words.isEmpty();
    }

    /** The LIKE pattern of the i-th word (0–2); "%" (anything) where fewer words were typed. */
    public String pattern(int i) {
        return i < words.size() ? "%" + words.get(i) + "%" : "%";
    }
}
