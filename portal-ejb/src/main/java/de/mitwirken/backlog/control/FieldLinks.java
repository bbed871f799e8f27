package de.mitwirken.backlog.control;

import de.mitwirken.strategy.StrategyField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synergies and conflicts between strategy fields, derived from the links between items: a link between
 * an item of fields {A, B} and one of fields {C} counts once in the cells A×C and B×C (and their mirrors,
 * since the matrix reads the same both ways). A link inside one field counts once on the diagonal.
 */
public final class FieldLinks {

    /** A link as the matrix needs it: its id and its two ends. */
    public record Link(long id, long fromItemId, long toItemId) {
    }

    private FieldLinks() {
    }

    /** The count per cell, for every field pair (0 where no link connects them). */
    public static Map<StrategyField, Map<StrategyField, Integer>> counts(Map<Long, Set<StrategyField>> fieldsOfItem,
                                                                         List<Link> links) {
        Map<StrategyField, Map<StrategyField, Integer>> counts = new EnumMap<>(StrategyField.class);
        for (StrategyField row : StrategyField.values()) {
            Map<StrategyField, Integer> cells = new EnumMap<>(StrategyField.class);
            for (StrategyField column : StrategyField.values()) {
                cells.put(column, 0);
            }
            counts.put(row, cells);
        }
        for (Link link : links) {
            for (StrategyField a : StrategyField.values()) {
                for (StrategyField b : StrategyField.values()) {
                    if (connects(fieldsOfItem, link, a, b)) {
                        counts.get(a).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The links behind one cell, in the order given. */
    public static List<Link> behind(Map<Long, Set<StrategyField>> fieldsOfItem, List<Link> links, StrategyField a,
                                    StrategyField b) {
        List<Link> behind = new ArrayList<>();
        for (Link link : links) {
            if (connects(fieldsOfItem, link, a, b)) {
                behind.add(link);
            }
        }
        return behind;
    }

    /** Whether one end lies in field a and the other in field b (either way round). */
    static boolean connects(Map<Long, Set<StrategyField>> fieldsOfItem, Link link, StrategyField a, StrategyField b) {
        Set<StrategyField> from = fieldsOfItem.getOrDefault(link.fromItemId(), Set.of());
        Set<StrategyField> to = fieldsOfItem.getOrDefault(link.toItemId(), Set.of());
        return from.contains(a) && to.contains(b) || from.contains(b) && to.contains(a);
    }
}
