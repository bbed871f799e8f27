package de.mitwirken.backlog.control;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.backlog.entity.ItemChange;
import de.mitwirken.backlog.entity.ItemEdit;
import de.mitwirken.backlog.entity.Milestone;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.backlog.entity.PublicChange;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the strategy office plans an item, behind the boundaries {@code ItemPlanning} and {@code Backlog}: edits,
 * progress, milestones. Each use case first locks the item's row (SELECT … FOR UPDATE), so two people planning
 * the same item take turns and every check sees what the one before committed; the item refuses what breaks its
 * rules; every change is audited with before and after; the item's public changes become its history rows and
 * the news of them ({@link ItemNews}) is fired, all in the caller's transaction.
 */
@Stateless
public class ItemPlanner {

    /** The city's day: "today" for milestones reached, moved and overdue. */
    public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ItemNews> news;

    /**
     * Changes what the item was created with, its budget and its public contact, if nobody changed the item since
     * the office read it at {@code seenVersion}; otherwise nothing changes (no lost update).
     */
    public void editItem(long itemId, long seenVersion, ItemEdit edit) {
        BacklogItem item = lockOpen(itemId);
        if (item.version() != seenVersion) {
            throw new NotAllowed("backlog.edit.error.stale");
        }
        if (!edit.problems().isEmpty()) {
            throw new InvalidInput(edit.problems());
        }
        Map<String, Object> before = item.editState();
        item.edit(edit);
        // the version moves with every edit, also one that changes only the strategy fields (a collection the
        // version would not count), so that the next editor with the old version is refused
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        chronicle(item);
        em.flush();
        audit.record("backlog.item.edit", "backlog-item", itemId, "edited: " + item.title(), before, item.editState());
    }

    /** Progress typed by the office; told to the people behind the item when it changed. */
    public void recordProgress(long itemId, int percent) {
        BacklogItem item = lockOpen(itemId);
        if (item.progressMode() != ProgressMode.MANUAL) {
            throw new NotAllowed("backlog.edit.error.progressFollowsMilestones");
        }
        if (percent < 0 || percent > 100) {
            throw InvalidInput.of("progress", "backlog.error.progress");
        }
        Map<String, Object> before = item.auditState();
        item.recordProgress(percent);
        boolean changed = chronicle(item).stream().anyMatch(c -> c.field() == HistoryField.PROGRESS);
        audit.record("backlog.item.progress", "backlog-item", itemId, "progress " + percent + " %: " + item.title(),
                before, item.auditState());
        if (changed) {
            news.fire(ItemNews.of(itemId, ItemNews.Kind.PROGRESS_PUBLISHED, Map.of("progress", String.valueOf(percent))));
        }
    }

    public void chooseProgressMode(long itemId, ProgressMode mode) {
        if (mode == null) {
            throw InvalidInput.of("progressMode", "backlog.edit.error.progressMode");
        }
        BacklogItem item = lockOpen(itemId);
        Map<String, Object> before = item.auditState();
        item.chooseProgressMode(mode);
        chronicle(item);
        audit.record("backlog.item.progressMode", "backlog-item", itemId, "progress " + mode + ": " + item.title(),
                before, item.auditState());
    }

    /** A new milestone, last in the order; returns its id. */
    public long addMilestone(long itemId, MilestoneDraft draft) {
        if (!draft.problems().isEmpty()) {
            throw new InvalidInput(draft.problems());
        }
        BacklogItem item = lockOpen(itemId);
        Map<String, Object> before = Map.of("milestones", item.milestones().size(), "progress", item.progress());
        Milestone milestone = item.addMilestone(draft);
        em.flush();
        chronicle(item);
        Map<String, Object> after = state(milestone);
        after.put("progress", item.progress());
        audit.record("backlog.item.milestone", "backlog-item", itemId, "milestone added: " + milestone.title(), before, after);
        return milestone.id();
    }

    /** New title and description of a milestone. */
    public void describeMilestone(long itemId, long milestoneId, MilestoneDraft draft) {
        if (!draft.textProblems().isEmpty()) {
            throw new InvalidInput(draft.textProblems());
        }
        BacklogItem item = lockOpen(itemId);
        Milestone milestone = milestone(item, milestoneId);
        Map<String, Object> before = state(milestone);
        item.describeMilestone(milestone, draft);
        chronicle(item);
        audit.record("backlog.item.milestoneEdit", "backlog-item", itemId, "milestone edited: " + milestone.title(),
                before, state(milestone));
    }

    /** One place up (earlier) or down in the office's order. */
    public void reorderMilestone(long itemId, long milestoneId, boolean up) {
        BacklogItem item = lockOpen(itemId);
        Milestone milestone = milestone(item, milestoneId);
        Map<String, Object> before = Map.of("order", order(item));
        item.reorderMilestone(milestone, up);
        audit.record("backlog.item.milestoneOrder", "backlog-item", itemId, "milestone " + (up ? "up" : "down") + ": "
                + milestone.title(), before, Map.of("order", order(item)));
    }

    /** Reached today; told to the people behind the item. */
    public void completeMilestone(long itemId, long milestoneId) {
        BacklogItem item = lockOpen(itemId);
        Milestone milestone = milestone(item, milestoneId);
        if (milestone.done()) {
            throw new NotAllowed("backlog.milestone.error.reached");
        }
        Map<String, Object> before = state(milestone);
        before.put("progress", item.progress());
        item.completeMilestone(milestone, today());
        chronicle(item);
        Map<String, Object> after = state(milestone);
        after.put("progress", item.progress());
        audit.record("backlog.item.milestoneDone", "backlog-item", itemId, "milestone reached: " + milestone.title(),
                before, after);
    }

    /** Moves a milestone's date with the reason the public reads; told to the people behind the item. */
    public void moveMilestone(long itemId, long milestoneId, DateMove move) {
        BacklogItem item = lockOpen(itemId);
        Milestone milestone = milestone(item, milestoneId);
        if (milestone.done()) {
            throw new NotAllowed("backlog.milestone.error.reached");
        }
        if (!move.problems(milestone.dueDate()).isEmpty()) {
            throw new InvalidInput(move.problems(milestone.dueDate()));
        }
        Map<String, Object> before = state(milestone);
        item.moveMilestone(milestone, move, today(), clock.instant());
        chronicle(item);
        Map<String, Object> after = state(milestone);
        after.put("reason", move.reason());
        audit.record("backlog.item.milestoneMove", "backlog-item", itemId, "milestone moved: " + milestone.title(),
                before, after);
    }

    /**
     * Keeps the item's public changes as history rows and fires the news of a new status, a milestone reached and a
     * milestone moved; returns the changes. Every use case that changes an item ends with this.
     */
    public List<PublicChange> chronicle(BacklogItem item) {
        List<PublicChange> changes = item.takeChanges();
        for (PublicChange change : changes) {
            em.persist(new ItemChange(item.id(), change, clock.instant()));
            switch (change.field()) {
                case STATUS -> news.fire(ItemNews.of(item.id(), ItemNews.Kind.STATUS_CHANGED,
                        values("from", change.oldValue(), "to", change.newValue())));
                case MILESTONE_REACHED -> news.fire(ItemNews.of(item.id(), ItemNews.Kind.MILESTONE_REACHED,
                        values("milestone", change.subject(), "date", change.newValue())));
                case MILESTONE_MOVED -> news.fire(ItemNews.of(item.id(), ItemNews.Kind.MILESTONE_MOVED,
                        values("milestone", change.subject(), "from", change.oldValue(), "to", change.newValue(),
                                "reason", change.note())));
                default -> {
                    // the other public fields go into the history only
                }
            }
        }
        return changes;
    }

    /** Today in the city. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CITY));
    }

    private BacklogItem lockOpen(long itemId) {
        BacklogItem item = Rows.lock(em, BacklogItem.class, itemId);
        if (item.status().isFinal()) {
            throw new NotAllowed("backlog.edit.error.final");
        }
        return item;
    }

    private static Milestone milestone(BacklogItem item, long milestoneId) {
        return item.milestone(milestoneId).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }


    private static Map<String, Object> state(Milestone m) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("milestone", m.id());
        state.put("position", m.position());
        state.put("title", m.title());
        state.put("description", m.description());
        state.put("dueDate", m.dueDate());
        state.put("done", m.done());
        state.put("completedOn", m.completedOn());
        return state;
    }

    private static List<Long> order(BacklogItem item) {
        return item.milestones().stream().map(Milestone::id).toList();
    }

    /** Pairs of name and value; values may be null (a removed date), which Map.of does not take. */
    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return values;
    }
}
