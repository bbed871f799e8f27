package de.mitwirken.needs.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How the search index reads text. German: lower case, stop words, umlauts and their spellings folded
 * ("Bürgeramt", "Buergeramt" → "burgeramt"), compounds split into the parts of {@code word-parts_de.txt}
 * (kept whole as well), light stemming (plurals). English: Lucene's English analyser (stop words, Porter
 * stemming) in fields of its own. Both run over every need: a need's language says what the person chose for
 * the portal, not reliably what they wrote in.
 */
public final class NeedAnalysis {

    /** A typed word as the German analyser sees it: the whole stem and the stems of its parts. */
    public record Word(String whole, List<String> parts) {
    }

    /** Words shorter than this find too much to be worth a query (and MariaDB's path ignored them too). */
    static final int MIN_LENGTH = 3;
    private static final int MAX_WORDS = 12;

    private final Analyzer german;
    private final Analyzer english = new EnglishAnalyzer(bothStopSets());

    public NeedAnalysis() {
        german = germanWith(wordParts());
    }

    public Analyzer german() {
        return german;
    }

    public Analyzer english() {
        return english;
    }

    /** The words of what someone typed, German analysis, parts of compounds beside each word. */
    public List<Word> germanWords(String typed) {
        List<Word> words = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return words;
        }
        try (TokenStream tokens = german.tokenStream("q", typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            String whole = null;
            Set<String> parts = new LinkedHashSet<>();
            while (tokens.incrementToken()) {
                if (position.getPositionIncrement() > 0) {
                    add(words, whole, parts);
                    whole = term.toString();
                    parts = new LinkedHashSet<>();
                } else if (!term.toString().equals(whole)) {
                    parts.add(term.toString());
                }
            }
            add(words, whole, parts);
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /** The distinct English stems of what someone typed. */
    public List<String> englishTerms(String typed) {
        Set<String> terms = new LinkedHashSet<>();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try (TokenStream tokens = english.tokenStream("q", typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_WORDS) {
                if (term.length() >= MIN_LENGTH) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /** German stop words are noise in the English fields too ("die", "was"): both texts are indexed in both. */
    private static CharArraySet bothStopSets() {
        CharArraySet both = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        both.addAll(GermanAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(both);
    }

    private static void add(List<Word> words, String whole, Set<String> parts) {
        if (whole != null && whole.length() >= MIN_LENGTH && words.stream().noneMatch(w -> w.whole().equals(whole))) {
            words.add(new Word(whole, List.copyOf(parts)));
        }
    }

    private static Analyzer germanWith(CharArraySet parts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                stream = new GermanNormalizationFilter(stream);
                // parts of 3 to 15 letters inside words of at least 5; every part found, not only the longest
                stream = new DictionaryCompoundWordTokenFilter(stream, parts, 5, 3, 15, false);
                stream = new GermanLightStemFilter(stream);
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The word parts, folded like the text they are looked up in (umlauts, ß, lower case). */
    private static CharArraySet wordParts() {
        Analyzer folding = germanWith(CharArraySet.EMPTY_SET);
        CharArraySet parts = new CharArraySet(200, false);
        try (InputStream in = NeedAnalysis.class.getResourceAsStream("word-parts_de.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String part = line.strip();
                if (!part.isEmpty() && !part.startsWith("#")) {
                    parts.add(folding.normalize("w", part).utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            folding.close();
        }
        return parts;
    }
}
