package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step of a backlog item with the day it is due; created and changed through its item ({@link BacklogItem}),
 * which guards the rules they share (a final item changes no more, the order is the office's). Its date moves
 * only with a reason, and every move is kept ({@link MilestoneMove}); once reached it keeps its day.
 */
@Entity
@Table(name = "backlog_milestone")
// not reached (done, not completedOn: a milestone reached before V19 kept its day has none) and due before :today
@NamedQuery(name = Milestone.OVERDUE, query = "SELECT i.id, i.title, m.id, m.title, m.dueDate FROM Milestone m"
        + " JOIN m.item i WHERE m.done = false AND m.dueDate < :today AND i.status IN :open"
        + " ORDER BY m.dueDate, i.id, m.position")
@NamedQuery(name = Milestone.REACHED_BETWEEN, query = "SELECT i.id, i.title, m.title, m.dueDate,"
        + " m.completedOn FROM Milestone m JOIN m.item i WHERE i.status IN :statuses AND m.done = TRUE"
        + " AND m.completedOn >= :from AND m.completedOn <= :to ORDER BY m.completedOn, i.title, m.id")
@NamedQuery(name = Milestone.OVERDUE_ON, query = "SELECT i.id, i.title, m.title, m.dueDate,"
        + " m.completedOn FROM Milestone m JOIN m.item i WHERE i.status IN :statuses AND m.dueDate < :day"
        + " AND (m.done = FALSE OR m.completedOn > :day) ORDER BY m.dueDate, i.title, m.id")
public class Milestone {

    /** item id, item title, milestone id, milestone title, due date of open items' overdue milestones, oldest first. */
    public static final String OVERDUE = "Milestone.overdue";

    /** Milestones of items in the given statuses reached from one day to another (both included). */
    public static final String REACHED_BETWEEN = "Milestone.reachedBetween";
    /** Milestones of items in the given statuses overdue at the end of a day: due before it, not reached by it. */
    public static final String OVERDUE_ON = "Milestone.overdueOn";

    public static final int TITLE_MIN = MilestoneDraft.TITLE_MIN;
    public static final int TITLE_MAX = MilestoneDraft.TITLE_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private BacklogItem item;

    /** The office's order of the item's milestones, 1, 2, 3 … (V20): not the order of the dates. */
    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    /** When it was reached (null: not yet, or reached before the date was kept). */
    @Column(name = "completed_on")
    private LocalDate completedOn;

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MilestoneMove> moves = new ArrayList<>();

    protected Milestone() {
        // for JPA
    }

    Milestone(BacklogItem item, MilestoneDraft draft, int position) {
        if (!draft.problems().isEmpty()) {
            // the boundary checked the draft already: the last line of defence, said next to the title
            throw Refusal.invalid("title", "backlog.edit.error.invalid").because("invalid milestone: " + draft.problems());
        }
        this.item = item;
        this.title = draft.title();
        this.description = draft.description();
        this.dueDate = draft.dueDate();
        this.position = position;
    }

    /** Reached on the given day; true if it was not reached before (reaching it again changes nothing). */
    boolean markDone(LocalDate on) {
        if (done) {
            return false;
        }
        done = true;
        completedOn = Objects.requireNonNull(on, "the day it was reached");
        return true;
    }

    /** New title and description; the public changes among them (none if nothing changed). */
    List<PublicChange> describe(MilestoneDraft draft) {
        if (!draft.textProblems().isEmpty()) {
            throw new IllegalArgumentException("invalid milestone: " + draft.textProblems());
        }
        List<PublicChange> changes = new ArrayList<>();
        if (!title.equals(draft.title())) {
            changes.add(new PublicChange(HistoryField.MILESTONE_RENAMED, draft.title(), title, draft.title(), null));
        }
        if (!Objects.equals(description, draft.description())) {
            changes.add(new PublicChange(HistoryField.MILESTONE_DESCRIBED, draft.title(), description, draft.description(), null));
        }
        title = draft.title();
        description = draft.description();
        return changes;
    }

    /** Moves the date with a reason (a reached milestone keeps its date); the move is kept. */
    PublicChange moveTo(DateMove move, LocalDate today, Instant now) {
        if (done) {
            throw new IllegalStateException("a reached milestone keeps its date");
        }
        if (!move.problems(dueDate).isEmpty()) {
            throw new IllegalArgumentException("invalid move: " + move.problems(dueDate));
        }
        moves.add(new MilestoneMove(this, dueDate, move.newDate(), move.reason(), today, now));
        PublicChange change = new PublicChange(HistoryField.MILESTONE_MOVED, title, dueDate.toString(),
                move.newDate().toString(), move.reason());
        dueDate = move.newDate();
        return change;
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    /** Reached; else overdue when its day lies before {@code today}; else planned. */
    public MilestoneState state(LocalDate today) {
        if (done) {
            return MilestoneState.DONE;
        }
        return dueDate.isBefore(today) ? MilestoneState.OVERDUE : MilestoneState.PLANNED;
    }

    public boolean isOverdue(LocalDate today) {
        return state(today) == MilestoneState.OVERDUE;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean done() {
        return done;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public List<MilestoneMove> moves() {
        return List.copyOf(moves);
    }
}
