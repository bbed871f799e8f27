package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One node's index of the listed needs, in a directory of its own that is memory-mapped (the index lives off
 * the heap). It is rebuilt at every start (the database is the truth), so it never commits: readers see
 * changes through near-real-time refreshes. Thread-safe: Lucene's writer and searcher manager are.
 */
public final class NeedIndex implements Closeable {

    /** Page of ids in rank order, the total and the counts per filter value (as the list shows them). */
    public record Hits(List<Long> ids, long total, Map<String, Map<String, Long>> counts) {
    }

    /** Hits beyond those wanted that the ranking by recency and supports may lift into them. */
    static final int RESCORE_WINDOW = 100;
    /**
     * The suggestions while typing re-rank fewer first hits: five are shown, and a smaller window lets Lucene skip
     * more needs that cannot reach it (the first pass's scoring was most of the suggestion's CPU under load).
     */
    static final int SIMILAR_WINDOW = 20;
    static final String KEY = "key";
    static final String ID = "id";
    static final String TITLE_DE = "title_de";
    static final String BODY_DE = "body_de";
    static final String TITLE_EN = "title_en";
    static final String BODY_EN = "body_en";
    static final String SUPPORT = "support";
    static final String PUBLISHED = "published";
    static final String ANSWERED = "answered";
    static final String SERVICE = "service";

    private final NeedAnalysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong generations = new AtomicLong();

    public NeedIndex(Path path, NeedAnalysis analysis) throws IOException {
        this.analysis = analysis;
        this.directory = new MMapDirectory(path);
        Analyzer perField = new PerFieldAnalyzerWrapper(analysis.german(),
                Map.of(TITLE_EN, analysis.english(), BODY_EN, analysis.english()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false).setRAMBufferSizeMB(16));
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new Generation(reader, generations.incrementAndGet());
            }
        });
    }

    public void put(IndexedNeed need) throws IOException {
        writer.updateDocument(new Term(KEY, Long.toString(need.id())), document(need));
    }

    public void remove(long id) throws IOException {
        writer.deleteDocuments(new Term(KEY, Long.toString(id)));
    }

    /** Makes what was put and removed visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * The generation of the searcher that answers now; grows with every refresh that changed something. Pages kept
     * for a while are kept per generation, never older than the index. It is the searcher's own number (set when
     * the searcher was made), so whoever already sees a refreshed result also sees its generation: a counter
     * raised after the refresh left a moment in which a new search met an old page's key (SearchIndexIT).
     */
    public long generation() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return ((Generation) searcher).number;
        } finally {
            searchers.release(searcher);
        }
    }

    /** A searcher that knows which refresh made it. */
    private static final class Generation extends IndexSearcher {

        final long number;

        Generation(IndexReader reader, long number) {
            super(reader);
            this.number = number;
        }
    }

    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** A page of the list for a search text (the filter must have one), with total and counts. */
    public Hits page(NeedFilter filter, Instant now) throws IOException {
        Query text = SearchQuery.text(analysis, filter.text());
        if (text == null) {
            return new Hits(List.of(), 0, Map.of());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            FacetCounter counter = new FacetCounter(filter);
            searcher.search(SearchQuery.unranked(text), counter);
            int wanted = (filter.page() + 1) * NeedFilter.PAGE_SIZE;
            if (counter.total() <= (long) filter.page() * NeedFilter.PAGE_SIZE) {
                return new Hits(List.of(), counter.total(), counter.counts());
            }
            Query filtered = SearchQuery.filtered(text, filter);
            TopDocs top = filter.sort() == NeedFilter.Sort.RELEVANCE
                    ? SearchQuery.prominent(searcher, searcher.search(filtered, wanted + RESCORE_WINDOW), now, wanted)
                    : searcher.search(filtered, (int) Math.min(wanted, counter.total()), SearchQuery.sort(filter.sort()));
            int from = filter.page() * NeedFilter.PAGE_SIZE;
            return new Hits(ids(searcher, top.scoreDocs, from), counter.total(), counter.counts());
        } finally {
            searchers.release(searcher);
        }
    }

    /** The ids of the listed needs most like what someone typed, best first. */
    public List<Long> similar(String typed, int max, Instant now) throws IOException {
        Query text = SearchQuery.typing(analysis, typed);
        if (text == null || max <= 0) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return ids(searcher, SearchQuery.prominent(searcher, searcher.search(text, max + SIMILAR_WINDOW), now, max)
                    .scoreDocs, 0);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            writer.rollback(); // nothing to keep: the next start builds anew
        }
    }

    private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] docs, int from) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < docs.length; i++) {
            ids.add(stored.document(docs[i].doc).getField(ID).numericValue().longValue());
        }
        return ids;
    }

    private static Document document(IndexedNeed need) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(need.id()), Field.Store.NO));
        doc.add(new StoredField(ID, need.id()));
        doc.add(new NumericDocValuesField(ID, need.id()));
        String body = need.organisation() == null ? need.description() : need.description() + "\n" + need.organisation();
        doc.add(new TextField(TITLE_DE, need.title(), Field.Store.NO));
        doc.add(new TextField(BODY_DE, body, Field.Store.NO));
        doc.add(new TextField(TITLE_EN, need.title(), Field.Store.NO));
        doc.add(new TextField(BODY_EN, body, Field.Store.NO));
        keyword(doc, FacetCounter.FIELD, need.field().name());
        keyword(doc, FacetCounter.STATUS, need.status().name());
        keyword(doc, FacetCounter.SUBMITTER_TYPE, need.submitterType().name());
        if (need.district() != null) {
            keyword(doc, FacetCounter.DISTRICT, need.district());
        }
        for (Long service : need.serviceIds()) {
            doc.add(new StringField(SERVICE, service.toString(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(SERVICE, new BytesRef(service.toString())));
        }
        doc.add(new NumericDocValuesField(SUPPORT, need.supportCount()));
        doc.add(new NumericDocValuesField(PUBLISHED, millis(need.publishedAt())));
        if (need.answeredAt() != null) {
            doc.add(new NumericDocValuesField(ANSWERED, need.answeredAt().toEpochMilli()));
        }
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
