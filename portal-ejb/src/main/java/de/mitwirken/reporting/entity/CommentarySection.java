package de.mitwirken.reporting.entity;

import de.mitwirken.strategy.StrategyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the strategy office comments a report: once on the whole report and once per strategy field (the
 * backlog's Handlungsfelder, the sections the report is composed of). The names are stored (slot "de.OVERALL").
 */
public enum CommentarySection {
    OVERALL(null),
    ADMINISTRATION(StrategyField.ADMINISTRATION),
    IT_COMMUNICATION(StrategyField.IT_COMMUNICATION),
    ENERGY_ENVIRONMENT(StrategyField.ENERGY_ENVIRONMENT),
    MOBILITY(StrategyField.MOBILITY),
    SOCIETY(StrategyField.SOCIETY);

    private final StrategyField field;

    CommentarySection(StrategyField field) {
        this.field = field;
    }

    /** The strategy field this section comments; empty for the overall commentary. */
    public Optional<StrategyField> field() {
        return Optional.ofNullable(field);
    }

    public static CommentarySection of(StrategyField field) {
        return valueOf(field.name());
    }

    /** The overall commentary first, then the fields in the order of the report. */
    public static List<CommentarySection> inOrder() {
        List<CommentarySection> all = new ArrayList<>(List.of(values()));
        // a new strategy field without a section would go uncommented: fail early, in the unit tests
        if (all.size() != StrategyField.values().length + 1) {
            throw new IllegalStateException("every strategy field has a commentary section");
        }
        return all;
    }
}
