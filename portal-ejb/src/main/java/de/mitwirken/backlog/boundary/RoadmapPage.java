package de.mitwirken.backlog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the public roadmap: its items, the total of all items matching the filter, the page shown
 * (0-based, within 0 … pages() − 1) and the page size.
 */
public record RoadmapPage(List<ItemSummary> items, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return pages(total, pageSize);
    }

    static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
