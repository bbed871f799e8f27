package de.mitwirken.needs.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts changes of needs, so that cached list counts are dropped as soon as a need is published, hidden,
 * answered or edited: on this node at once (entity events), on every node when its search index reads the change
 * log ({@code SearchIndexNode}, every second). With the search index switched off, changes on another node are
 * covered by the cache's time limit only.
 */
public class ListingVersion {

    private static final AtomicLong VERSION = new AtomicLong();

    public static long current() {
        return VERSION.get();
    }

    /** For changes made by UPDATE statements that the list shows (support and comment counts). */
    public static void changedInBulk() {
        VERSION.incrementAndGet();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object need) {
        VERSION.incrementAndGet();
    }
}
