package de.mitwirken.needs.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of the public list with the total and, per filter dimension, how many needs each value would
 * show given the other filters (the counts next to the filter choices).
 */
public record NeedPage(List<NeedSummary> needs, long total, int page, Map<String, Map<String, Long>> counts)
        implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + NeedFilter.PAGE_SIZE - 1) / NeedFilter.PAGE_SIZE);
    }

    public long count(String dimension, Object value) {
        Map<String, Long> byValue = counts.get(dimension);
        return byValue == null || value == null ? 0 : byValue.getOrDefault(String.valueOf(value), 0L);
    }
}
