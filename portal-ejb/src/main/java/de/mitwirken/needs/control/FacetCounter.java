package de.mitwirken.needs.control;

import de.mitwirken.needs.boundary.NeedFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, in one pass over the needs that match the search text, the total within all filters and for each
 * filter dimension how many needs each value would show given the other filters (the numbers beside the
 * list's choices, as {@code NeedQueries} counts them in the database). Counts by ordinal per segment and turns
 * ordinals into values once per segment.
 */
final class FacetCounter extends SimpleCollector {

    static final String FIELD = "field";
    static final String STATUS = "status";
    static final String SUBMITTER_TYPE = "submitterType";
    static final String DISTRICT = "district";
    static final String SERVICE = "service";
    private static final List<String> SINGLE = List.of(FIELD, STATUS, SUBMITTER_TYPE, DISTRICT);
    private static final int SERVICE_DIM = SINGLE.size();
    private static final int DIMENSIONS = SINGLE.size() + 1;
    private static final int ANY = -1;
    private static final int NOWHERE = -2;
    private static final int NONE = -3;

    private final String[] wanted = new String[DIMENSIONS];
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private long total;

    private final SortedDocValues[] values = new SortedDocValues[SINGLE.size()];
    private final int[] wantedOrd = new int[DIMENSIONS];
    private SortedSetDocValues services;
    private int[][] ordCounts = new int[DIMENSIONS][];
    private final int[] ord = new int[SINGLE.size()];
    private int[] serviceOrds = new int[4];

    FacetCounter(NeedFilter filter) {
        wanted[0] = filter.field() == null ? null : filter.field().name();
        wanted[1] = filter.status() == null ? null : filter.status().name();
        wanted[2] = filter.submitterType() == null ? null : filter.submitterType().name();
        wanted[3] = filter.district();
        wanted[SERVICE_DIM] = filter.serviceId() == null ? null : filter.serviceId().toString();
        SINGLE.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        counts.put(SERVICE, new LinkedHashMap<>());
    }

    long total() {
        flush();
        return total;
    }

    Map<String, Map<String, Long>> counts() {
        flush();
        return counts;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
        flush();
        for (int d = 0; d < SINGLE.size(); d++) {
            values[d] = DocValues.getSorted(leaf.reader(), SINGLE.get(d));
            wantedOrd[d] = wanted[d] == null ? ANY : found(values[d].lookupTerm(new BytesRef(wanted[d])));
            ordCounts[d] = new int[values[d].getValueCount()];
        }
        services = DocValues.getSortedSet(leaf.reader(), SERVICE);
        wantedOrd[SERVICE_DIM] = wanted[SERVICE_DIM] == null ? ANY
                : found(services.lookupTerm(new BytesRef(wanted[SERVICE_DIM])));
        ordCounts[SERVICE_DIM] = new int[(int) services.getValueCount()];
    }

    /** A value this segment does not hold matches no need of it. */
    private static int found(long lookedUp) {
        return lookedUp >= 0 ? (int) lookedUp : NOWHERE;
    }

    @Override
    public void collect(int doc) throws IOException {
        int missed = -1;
        int misses = 0;
        for (int d = 0; d < SINGLE.size(); d++) {
            ord[d] = values[d].advanceExact(doc) ? values[d].ordValue() : NONE;
            if (wantedOrd[d] != ANY && ord[d] != wantedOrd[d]) {
                misses++;
                missed = d;
            }
        }
        int serviceCount = readServices(doc);
        if (wantedOrd[SERVICE_DIM] != ANY && !contains(serviceOrds, serviceCount, wantedOrd[SERVICE_DIM])) {
            misses++;
            missed = SERVICE_DIM;
        }
        if (misses > 1) {
            return;
        }
        if (misses == 0) {
            total++;
        }
        for (int d = 0; d < SINGLE.size(); d++) {
            if ((misses == 0 || missed == d) && ord[d] >= 0) {
                ordCounts[d][ord[d]]++;
            }
        }
        if (misses == 0 || missed == SERVICE_DIM) {
            for (int i = 0; i < serviceCount; i++) {
                ordCounts[SERVICE_DIM][serviceOrds[i]]++;
            }
        }
    }

    private int readServices(int doc) throws IOException {
        if (!services.advanceExact(doc)) {
            return 0;
        }
        int count = services.docValueCount();
        if (serviceOrds.length < count) {
            serviceOrds = new int[count];
        }
        for (int i = 0; i < count; i++) {
            serviceOrds[i] = (int) services.nextOrd();
        }
        return count;
    }

    private static boolean contains(int[] ords, int count, int wantedOrd) {
        for (int i = 0; i < count; i++) {
            if (ords[i] == wantedOrd) {
                return true;
            }
        }
        return false;
    }

    /** Turns the ordinal counts of the segment just read into counts by value. */
    private void flush() {
        try {
            for (int d = 0; d < SINGLE.size(); d++) {
                if (ordCounts[d] != null) {
                    for (int o = 0; o < ordCounts[d].length; o++) {
                        if (ordCounts[d][o] > 0) {
                            add(SINGLE.get(d), ordCounts[d][o], values[d].lookupOrd(o));
                        }
                    }
                }
            }
            if (ordCounts[SERVICE_DIM] != null) {
                for (int o = 0; o < ordCounts[SERVICE_DIM].length; o++) {
                    if (ordCounts[SERVICE_DIM][o] > 0) {
                        add(SERVICE, ordCounts[SERVICE_DIM][o], services.lookupOrd(o));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ordCounts = new int[DIMENSIONS][];
    }

    private void add(String dimension, int count, BytesRef value) {
        counts.get(dimension).merge(value.utf8ToString(), (long) count, Long::sum);
    }
}
