package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The queries of the search index. Each typed word is one optional clause (a need matching more words ranks
 * higher, as with MariaDB's boolean mode before): its best match among the title (three times the weight) and
 * the body, in German and in English, whole or as a part of a compound (less weight), or, for words of five
 * letters or more, with one letter wrong (less weight again). Recent and supported needs get a factor on top
 * ({@link Prominence}), applied to the best hits of the text ({@link #prominent}).
 */
final class SearchQuery {

    static final float TITLE = 3f;
    static final float PART = 0.5f;
    static final float FUZZY = 0.4f;
    static final int FUZZY_FROM = 5;

    private SearchQuery() {
    }

    /** The query for a search text, or null when nothing searchable was typed (only stop words). */
    static Query text(NeedAnalysis analysis, String typed) {
        return text(analysis, typed, true);
    }

    /**
     * The query for what is being typed into the submission form: as {@link #text}, but a last word that is still
     * being typed (the text ends in it) gets no typo expansion — a word cut short is no typo, and building the
     * expansion of every keystroke's fragment was a sixth of the suggestion's CPU under load (issue #23).
     */
    static Query typing(NeedAnalysis analysis, String typed) {
        boolean lastWordComplete = typed == null || typed.isEmpty()
                || !Character.isLetterOrDigit(typed.charAt(typed.length() - 1));
        return text(analysis, typed, lastWordComplete);
    }

    private static Query text(NeedAnalysis analysis, String typed, boolean lastWordComplete) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        List<NeedAnalysis.Word> german = analysis.germanWords(typed);
        for (int i = 0; i < german.size(); i++) {
            NeedAnalysis.Word word = german.get(i);
            List<Query> ways = new ArrayList<>();
            both(ways, NeedIndex.TITLE_DE, NeedIndex.BODY_DE, word.whole(), 1f);
            for (String part : word.parts()) {
                both(ways, NeedIndex.TITLE_DE, NeedIndex.BODY_DE, part, PART);
            }
            boolean complete = lastWordComplete || i < german.size() - 1;
            if (complete && word.whole().length() >= FUZZY_FROM) {
                ways.add(new BoostQuery(new FuzzyQuery(new Term(NeedIndex.TITLE_DE, word.whole()), 1, 1), TITLE * FUZZY));
                ways.add(new BoostQuery(new FuzzyQuery(new Term(NeedIndex.BODY_DE, word.whole()), 1, 1), FUZZY));
            }
            words.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.SHOULD);
            clauses++;
        }
        for (String term : analysis.englishTerms(typed)) {
            List<Query> ways = new ArrayList<>();
            both(ways, NeedIndex.TITLE_EN, NeedIndex.BODY_EN, term, 1f);
            words.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        return words.build();
    }

    /**
     * The best of the first hits again, their text scores multiplied by the {@link Prominence}. The first pass
     * ranks by text alone, which lets Lucene skip needs that cannot reach the top (a factor on every score would
     * make it score every match); a need just outside the window that the factor would have lifted is the price.
     */
    static TopDocs prominent(IndexSearcher searcher, TopDocs first, Instant now, int max) throws IOException {
        Query prominence = new FunctionScoreQuery(new MatchAllDocsQuery(), new Prominence(now));
        return new QueryRescorer(prominence) {
            @Override
            protected float combine(float textScore, boolean matches, float factor) {
                return matches ? textScore * factor : textScore;
            }
        }.rescore(searcher, first, max);
    }

    /** The same needs without ranking, for counting. */
    static Query unranked(Query text) {
        return new ConstantScoreQuery(text);
    }

    /** The ranked text query within the list's filters. */
    static Query filtered(Query text, NeedFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (filter.field() != null) {
            query.add(term(FacetCounter.FIELD, filter.field().name()), Occur.FILTER);
        }
        if (filter.status() != null) {
            query.add(term(FacetCounter.STATUS, filter.status().name()), Occur.FILTER);
        }
        if (filter.submitterType() != null) {
            query.add(term(FacetCounter.SUBMITTER_TYPE, filter.submitterType().name()), Occur.FILTER);
        }
        if (filter.district() != null) {
            query.add(term(FacetCounter.DISTRICT, filter.district()), Occur.FILTER);
        }
        if (filter.serviceId() != null) {
            query.add(term(NeedIndex.SERVICE, filter.serviceId().toString()), Occur.FILTER);
        }
        return query.build();
    }

    /** The orders of the list, as the database orders them (newest first as the last word). */
    static Sort sort(NeedFilter.Sort sort) {
        SortField newest = new SortField(NeedIndex.PUBLISHED, SortField.Type.LONG, true);
        SortField byId = new SortField(NeedIndex.ID, SortField.Type.LONG, true);
        return switch (sort) {
            case MOST_SUPPORTED -> new Sort(new SortField(NeedIndex.SUPPORT, SortField.Type.LONG, true), newest, byId);
            case RECENTLY_ANSWERED -> {
                SortField answered = new SortField(NeedIndex.ANSWERED, SortField.Type.LONG, true);
                answered.setMissingValue(Long.MIN_VALUE);
                yield new Sort(answered, newest, byId);
            }
            case NEWEST -> new Sort(newest, byId);
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE,
                    new SortField(NeedIndex.SUPPORT, SortField.Type.LONG, true), byId);
        };
    }

    private static void both(List<Query> ways, String title, String body, String term, float weight) {
        ways.add(new BoostQuery(new TermQuery(new Term(title, term)), TITLE * weight));
        Query inBody = new TermQuery(new Term(body, term));
        ways.add(weight == 1f ? inBody : new BoostQuery(inBody, weight));
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
