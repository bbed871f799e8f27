package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.Score;
import java.io.Serializable;

/**
 * An item in a ranking (saved or what-if): its rank there, the rank it holds now for comparison, the raw
 * and the normalised (0–100 of the top) score and the score with its explanation terms.
 */
public record RankedItem(long itemId, String title, Integer rank, Integer currentRank, double normalised,
                         boolean overridden, Score score) implements Serializable {
}
