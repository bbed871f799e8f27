package de.mitwirken.needs.control;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Keeps one index equal to the database: builds it from all listed needs, then applies the change log. Each
 * changed need is read again and put into the index when it is listed, removed otherwise (hidden, rejected,
 * deleted, anonymised into something unlisted), so applying a change twice does no harm. A node has one; a
 * test can run a second one on the same database, as a second node would.
 */
public final class ChangeFollower {

    static final int BUILD_BATCH = 1_000;
    static final int CHANGE_BATCH = 1_000;
    static final int GAPS_PER_POLL = 500;
    /** Changes read again at start: their transactions may commit only after the build read their needs. */
    static final int START_WINDOW = 200;

    private final NeedIndex index;
    private final NeedIndexReader reader;
    private final Clock clock;
    private final ChangeCursor cursor;

    /** Follows changes from shortly before the newest one, with the given patience for gaps. */
    public ChangeFollower(NeedIndex index, NeedIndexReader reader, Clock clock, Duration patience) {
        this.index = index;
        this.reader = reader;
        this.clock = clock;
        this.cursor = new ChangeCursor(Math.max(0, reader.newestChange() - START_WINDOW), patience);
    }

    /** Puts every listed need into the index, in batches; tells the running count after each batch. */
    public int build(LongConsumer progress) throws IOException {
        long after = 0;
        int total = 0;
        List<IndexedNeed> batch;
        do {
            batch = reader.listedAfter(after, BUILD_BATCH);
            for (IndexedNeed need : batch) {
                index.put(need);
                after = need.id();
            }
            total += batch.size();
            progress.accept(total);
        } while (batch.size() == BUILD_BATCH);
        index.refresh();
        return total;
    }

    /** Applies the changes since the last poll; returns how many needs changed. */
    public int poll() throws IOException {
        Set<Long> changed = new LinkedHashSet<>();
        List<NeedIndexReader.Change> changes;
        do {
            changes = reader.changes(cursor.after(), cursor.gaps(GAPS_PER_POLL), CHANGE_BATCH);
            changes.forEach(c -> changed.add(c.needId()));
            cursor.seen(changes.stream().map(NeedIndexReader.Change::id).toList(), clock.instant());
        } while (changes.size() >= CHANGE_BATCH);
        List<Long> ids = new ArrayList<>(changed);
        for (int from = 0; from < ids.size(); from += BUILD_BATCH) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + BUILD_BATCH));
            Set<Long> gone = new LinkedHashSet<>(some);
            for (IndexedNeed need : reader.listed(some)) {
                index.put(need);
                gone.remove(need.id());
            }
            for (long id : gone) {
                index.remove(id);
            }
        }
        if (!changed.isEmpty()) {
            index.refresh();
        }
        return changed.size();
    }
}
