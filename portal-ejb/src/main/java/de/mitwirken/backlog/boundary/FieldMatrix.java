package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.LinkType;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.util.List;

/** Strategy fields × strategy fields: how many item links connect each pair (the diagonal: links inside one field). */
public record FieldMatrix(List<Row> rows, int links) implements Serializable {

    /** One row: a field and its cells in the order of the fields. */
    public record Row(StrategyField field, List<Cell> cells) implements Serializable {
    }

    /** One cell: the other field and the number of links. */
    public record Cell(StrategyField other, int count) implements Serializable {
    }

    /** A link behind a cell, with both items' titles and, for a conflict, whether it is decided. */
    public record LinkRow(long id, long fromItemId, String fromTitle, LinkType type, long toItemId, String toTitle,
                          Boolean decided) implements Serializable {
    }
}
