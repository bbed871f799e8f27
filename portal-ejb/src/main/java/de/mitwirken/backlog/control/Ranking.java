package de.mitwirken.backlog.control;

import de.mitwirken.backlog.entity.Score;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders items into ranks: complete scores from high to low (ties by the older item first), then each
 * manual override is put at its rank (lowest rank first, clamped to the end of the list). Items without a
 * complete score and without an override stay unranked at the end.
 */
public final class Ranking {

    /** An item to rank. */
    public record Entry(long itemId, Score score, Integer manualRank) {
    }

    /** A ranked item; rank is null for unranked items, normalised is 0–100 relative to the top score. */
    public record Ranked(long itemId, Integer rank, Score score, double normalised, boolean overridden)
            implements Serializable {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        Comparator<Entry> byScore = Comparator.comparingDouble((Entry e) -> e.score().value()).reversed()
                .thenComparingLong(Entry::itemId);
        List<Entry> ordered = new ArrayList<>(entries.stream()
                .filter(e -> e.manualRank() == null && e.score().complete()).sorted(byScore).toList());
        entries.stream().filter(e -> e.manualRank() != null)
                .sorted(Comparator.comparingInt(Entry::manualRank).thenComparingLong(Entry::itemId))
                .forEach(e -> ordered.add(Math.min(e.manualRank() - 1, ordered.size()), e));
        double top = entries.stream().filter(e -> e.score().complete()).mapToDouble(e -> e.score().value())
                .max().orElse(0);
        List<Ranked> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Entry e = ordered.get(i);
            result.add(new Ranked(e.itemId(), i + 1, e.score(), e.score().normalised(top), e.manualRank() != null));
        }
        entries.stream().filter(e -> e.manualRank() == null && !e.score().complete())
                .sorted(Comparator.comparingLong(Entry::itemId))
                .forEach(e -> result.add(new Ranked(e.itemId(), null, e.score(), 0, false)));
        return result;
    }
}
