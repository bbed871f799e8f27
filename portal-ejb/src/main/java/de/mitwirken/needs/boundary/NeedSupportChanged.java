package de.mitwirken.needs.boundary;

/**
 * A person supported a need or withdrew the support. Fired as a CDI event inside the transaction; capabilities
 * that build on supports observe it (the backlog re-ranks the items the need feeds) without needs knowing them.
 */
public record NeedSupportChanged(long needId) {
}
