package de.mitwirken.strategy;

/**
 * Handlungsfelder of the strategy (after the Bitkom Smart City Index). A shared kernel: needs, backlog, board
 * and reporting all speak of the same fields, so the enum lives outside any capability and imports nothing of
 * the portal. Stored by name (columns, {@code board.entity.FieldSetConverter}): never rename a constant.
 */
public enum StrategyField {
    ADMINISTRATION, IT_COMMUNICATION, ENERGY_ENVIRONMENT, MOBILITY, SOCIETY
}
