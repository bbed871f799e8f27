package de.mitwirken.backlog.entity;

/** What a backlog item is linked to besides other items: a need, a cluster of needs, or a board recommendation. */
public enum LinkKind {
    NEED, CLUSTER, RECOMMENDATION
}
