package de.mitwirken.board.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The way of a recommendation: a draft is voted in a meeting; adopted by the board it is submitted to its
 * addressee, who considers it and accepts or rejects it; an accepted one may be implemented.
 */
public enum RecommendationStatus {
    DRAFT, NOT_ADOPTED, SUBMITTED, UNDER_CONSIDERATION, ACCEPTED, REJECTED, IMPLEMENTED;

    /** The steps the addressee's answers may take from here. */
    public Set<RecommendationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_CONSIDERATION, ACCEPTED, REJECTED);
            case UNDER_CONSIDERATION -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.of(IMPLEMENTED);
            default -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean isTracked() {
        return this != DRAFT && this != NOT_ADOPTED;
    }
}
