package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ItemStatusTest {

    @Test
    void onlyTheNextStepIsAllowedAndFinalStatesGoNowhere() {
        assertTrue(ItemStatus.PROPOSED.mayMoveTo(ItemStatus.ASSESSED));
        assertTrue(ItemStatus.IN_PROGRESS.mayMoveTo(ItemStatus.DONE));
        assertFalse(ItemStatus.PROPOSED.mayMoveTo(ItemStatus.PRIORITISED), "no skipping");
        assertFalse(ItemStatus.PRIORITISED.mayMoveTo(ItemStatus.ASSESSED), "no way back");
        assertFalse(ItemStatus.IN_PROGRESS.mayMoveTo(ItemStatus.DROPPED), "dropping has its own path");
        assertFalse(ItemStatus.DONE.mayMoveTo(ItemStatus.DROPPED));
        assertFalse(ItemStatus.DROPPED.mayMoveTo(ItemStatus.PROPOSED));
    }

    @Test
    void droppedReachesNoThreshold() {
        assertTrue(ItemStatus.DONE.atLeast(ItemStatus.PRIORITISED));
        assertFalse(ItemStatus.ASSESSED.atLeast(ItemStatus.PRIORITISED));
        assertFalse(ItemStatus.DROPPED.atLeast(ItemStatus.PROPOSED));
    }
}
