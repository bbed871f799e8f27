package de.mitwirken.needs.boundary;

/**
 * The service catalogue changed (a service saved or a CSV imported): case volumes or OZG levels may differ. Fired
 * as a CDI event inside the transaction; the backlog re-ranks, as its reach comes from these figures.
 */
public record ServiceFiguresChanged(int services) {
}
