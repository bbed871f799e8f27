package de.mitwirken.council.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The crawl's store in memory, for tests without a container: the same contract as the JPA store. */
class MemoryCouncilStore implements CouncilStore {

    final Map<String, OparlData.Paper> papers = new LinkedHashMap<>();
    final Map<String, OparlData.Meeting> meetings = new LinkedHashMap<>();
    final Map<String, OparlData.Organization> organizations = new LinkedHashMap<>();
    final Set<String> deleted = new HashSet<>();
    final Map<String, Cursor> cursors = new HashMap<>();

    @Override
    public Cursor cursor(String listUrl) {
        return cursors.getOrDefault(listUrl, Cursor.NEW);
    }

    @Override
    public void apply(String listUrl, OparlData.Page page, String next, Instant runStart) {
        page.papers().forEach(p -> {
            papers.put(p.id(), p);
            deleted.remove(p.id());
        });
        page.meetings().forEach(m -> meetings.put(m.id(), m));
        page.organizations().forEach(o -> organizations.put(o.id(), o));
        deleted.addAll(page.deleted());
        Cursor before = cursor(listUrl);
        cursors.put(listUrl, new Cursor(next, next == null ? null : runStart, before.lastSuccess()));
    }

    @Override
    public void finished(String listUrl, Instant runStart) {
        cursors.put(listUrl, new Cursor(null, null, runStart));
    }
}
