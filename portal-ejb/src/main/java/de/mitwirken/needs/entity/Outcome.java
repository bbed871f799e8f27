package de.mitwirken.needs.entity;

/** How the city answered a need. */
public enum Outcome {
    /** Taken into the strategy backlog. */
    ACCEPTED,
    ALREADY_PLANNED,
    /** Not feasible; the answer gives the reason. */
    NOT_FEASIBLE,
    /** Merged into a cluster of similar needs. */
    MERGED;

    public boolean needsReason() {
        return this == NOT_FEASIBLE;
    }
}
