package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.ItemPlanner;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.ItemEdit;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The strategy office plans an item after creating it: edits what it was created with, its budget and public
 * contact (with the version it read: a change by someone else in between is refused, never overwritten), chooses
 * how progress is kept, and adds, edits, orders, completes and moves milestones. Every change is audited with before
 * and after, changes of public fields go into the item's public history, and milestones reached or moved are news
 * ({@link ItemNews}). A final item (done or dropped) changes no more. Refusals: {@link InvalidInput} (a bad field,
 * with its message key), {@link NotAllowed} (stale version, final item, reached milestone), {@link NotFoundException}.
 */
@Stateless
@RolesAllowed(BacklogPermissions.MANAGE)
public class ItemPlanning {

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemPlanner planner;

    /** The item's plan as the office sees it, whatever its status, with the version an edit must carry back. */
    public ItemPlan plan(long itemId) {
        return PlanReads.plan(em, Rows.find(em, BacklogItem.class, itemId), planner.today());
    }

    public void editItem(long itemId, long seenVersion, ItemEdit edit) {
        planner.editItem(itemId, seenVersion, edit);
    }

    public void chooseProgressMode(long itemId, ProgressMode mode) {
        planner.chooseProgressMode(itemId, mode);
    }

    public long addMilestone(long itemId, MilestoneDraft draft) {
        return planner.addMilestone(itemId, draft);
    }

    /** Title and description; the due date of the draft is not used (dates move with a reason). */
    public void describeMilestone(long itemId, long milestoneId, MilestoneDraft draft) {
        planner.describeMilestone(itemId, milestoneId, draft);
    }

    public void moveMilestoneUp(long itemId, long milestoneId) {
        planner.reorderMilestone(itemId, milestoneId, true);
    }

    public void moveMilestoneDown(long itemId, long milestoneId) {
        planner.reorderMilestone(itemId, milestoneId, false);
    }

    public void completeMilestone(long itemId, long milestoneId) {
        planner.completeMilestone(itemId, milestoneId);
    }

    public void moveMilestoneDate(long itemId, long milestoneId, DateMove move) {
        planner.moveMilestone(itemId, milestoneId, move);
    }
}
