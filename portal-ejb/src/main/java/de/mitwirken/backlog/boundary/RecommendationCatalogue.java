package de.mitwirken.backlog.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The advisory board's recommendations as the backlog needs to know them to link one to an item: whether it
 * exists, its title and its state. Declared here and implemented by the board capability (as a CDI bean),
 * because the board builds on the backlog and the backlog must not know the board.
 */
public interface RecommendationCatalogue {

    /**
     * A recommendation: its title, its state as a key of the portal's message bundle, and whether the public may
     * see it (drafts are the board's internal business).
     */
    record Entry(long id, String title, String stateKey, boolean visibleToThePublic) implements Serializable {
    }

    /** A recommendation adopted by the board for the administration, still waiting for its answer. */
    record Waiting(long id, String title, String stateKey, Instant since) implements Serializable {
    }

    /**
     * Recommendations the board addressed to the administration that wait for its answer (submitted or under
     * consideration), oldest first: the strategy office's dashboard lists them.
     */
    List<Waiting> waitingForTheAdministration();

    /** The recommendations among these ids that exist. */
    Map<Long, Entry> byIds(Collection<Long> ids);

    /** Recommendations whose title contains every one of these words (at most {@code max}, newest first). */
    List<Entry> byWords(List<String> words, int max);
}
