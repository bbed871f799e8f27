package de.mitwirken.needs.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * German-aware search terms: Lucene's German analyser (lower case, umlaut normalisation, stop words, light
 * stemming) turns "Baugenehmigungen digital beantragen" and "Antrag auf Baugenehmigung online" into
 * stems that share "baugenehmig". Needs store their stems in a FULLTEXT-indexed column; queries are
 * stemmed the same way and matched by prefix, so compounds such as "Baugenehmigungsverfahren" match too.
 */
public final class SearchTerms {

    private static final Analyzer GERMAN = new GermanAnalyzer();
    /** MariaDB's FULLTEXT ignores shorter words (innodb_ft_min_token_size = 3). */
    private static final int MIN_LENGTH = 3;
    private static final int MAX_QUERY_TERMS = 12;

    private SearchTerms() {
    }

    /** The distinct stems of a text, space separated, for the search_terms column. */
    public static String of(String... texts) {
        Set<String> stems = new LinkedHashSet<>();
        for (String text : texts) {
            stems.addAll(stems(text));
        }
        return String.join(" ", stems);
    }

    /**
     * A FULLTEXT boolean-mode query for what someone typed: every stem as a prefix (stem*), any of them may
     * match; relevance ranks needs sharing more stems higher. Empty when nothing searchable was typed.
     */
    public static String query(String typed) {
        return stems(typed).stream().limit(MAX_QUERY_TERMS).map(stem -> stem + "*").collect(Collectors.joining(" "));
    }

    /** The same stems, each required (boolean mode "+stem*"): few, precise matches, cheap to rank. */
    public static String queryAll(String typed) {
        return stems(typed).stream().limit(MAX_QUERY_TERMS).map(stem -> "+" + stem + "*").collect(Collectors.joining(" "));
    }

    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = GERMAN.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString().replaceAll("[^\\p{L}\\p{N}]", "");
                if (stem.length() >= MIN_LENGTH) {
                    stems.add(stem);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
