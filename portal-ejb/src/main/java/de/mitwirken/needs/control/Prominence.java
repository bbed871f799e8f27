package de.mitwirken.needs.control;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The factor by which recent and supported needs rank higher: (1 + 0.1 ln(1 + supports)) × (1 + 0.5 × 2^(−age ÷
 * 180 days)). It stays between 1 and about 2 for realistic figures, so a match in the title (three times the
 * weight of the body) still counts for more than a hundred supports or a new need.
 */
final class Prominence extends DoubleValuesSource {

    static final double SUPPORT_WEIGHT = 0.1;
    static final double RECENCY_WEIGHT = 0.5;
    static final double HALF_LIFE_MILLIS = Duration.ofDays(180).toMillis();

    private final long now;

    Prominence(Instant now) {
        this.now = now.toEpochMilli();
    }

    static double factor(long supports, long publishedMillis, long nowMillis) {
        double age = Math.max(0, nowMillis - publishedMillis);
        return (1 + SUPPORT_WEIGHT * Math.log1p(Math.max(0, supports)))
                * (1 + RECENCY_WEIGHT * Math.pow(2, -age / HALF_LIFE_MILLIS));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext leaf, DoubleValues scores) throws IOException {
        NumericDocValues supports = DocValues.getNumeric(leaf.reader(), NeedIndex.SUPPORT);
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), NeedIndex.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                long support = supports.advanceExact(doc) ? supports.longValue() : 0;
                long at = published.advanceExact(doc) ? published.longValue() : 0;
                value = factor(support, at, now);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
        return DocValues.isCacheable(leaf, NeedIndex.SUPPORT, NeedIndex.PUBLISHED);
    }

    @Override
    public int hashCode() {
        return Objects.hash(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prominence p && p.now == now;
    }

    @Override
    public String toString() {
        return "prominence(now=" + now + ")";
    }
}
