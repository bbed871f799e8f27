package de.mitwirken.backlog.entity;

/** How two backlog items relate. Conflicts and overlaps hold both ways; enabling and depending have a direction. */
public enum LinkType {
    ENABLES(false), DEPENDS_ON(false), CONFLICTS_WITH(true), OVERLAPS(true);

    private final boolean symmetric;

    LinkType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }

    /** A conflict needs a political decision (Zielkonflikt → divergence). */
    public boolean opensDivergence() {
        return this == CONFLICTS_WITH;
    }
}
