package de.mitwirken.needs.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a node stands in the change log. Ids are allocated when a change is written but become visible when its
 * transaction commits, so a later id can be read before an earlier one: an id skipped on the way up is kept as
 * a gap and asked for again on each poll until it turns up or is older than the patience (a rolled-back change
 * leaves a gap for good). Not thread-safe: one poller uses it.
 */
public final class ChangeCursor {

    /** At most this many gaps are remembered (the newest); a jump over more would be a rollback of a bulk change. */
    static final int MAX_GAPS = 20_000;

    private final Duration patience;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long highest;

    public ChangeCursor(long after, Duration patience) {
        this.highest = after;
        this.patience = patience;
    }

    /** Changes after this id are new. */
    public long after() {
        return highest;
    }

    /** The oldest gaps still worth asking for, at most {@code max}. */
    public List<Long> gaps(int max) {
        return gaps.keySet().stream().limit(max).toList();
    }

    /** Notes the ids just read (new ones and gaps that turned up) and forgets gaps older than the patience. */
    public void seen(List<Long> ids, Instant now) {
        for (long id : ids.stream().sorted().toList()) {
            if (id > highest) {
                for (long skipped = Math.max(highest + 1, id - MAX_GAPS); skipped < id; skipped++) {
                    gaps.put(skipped, now);
                }
                highest = id;
            } else {
                gaps.remove(id);
            }
        }
        Instant cutoff = now.minus(patience);
        for (Iterator<Map.Entry<Long, Instant>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().isBefore(cutoff)) {
                it.remove();
            }
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }
}
