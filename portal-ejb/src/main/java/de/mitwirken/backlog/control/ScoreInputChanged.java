package de.mitwirken.backlog.control;

/**
 * An input of an item's score changed in the backlog itself (created, assessed, services, status, links, the
 * board's confidence): fired inside the transaction, observed after commit by {@link RankInputs}.
 */
public record ScoreInputChanged(long itemId) {
}
