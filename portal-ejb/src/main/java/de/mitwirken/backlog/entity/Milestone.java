package de.mitwirken.backlog.entity;

import de.mitwirken.needs.entity.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A dated step of a backlog item; created through {@link BacklogItem#addMilestone}. */
@Entity
@Table(name = "backlog_milestone")
public class Milestone {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private BacklogItem item;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    /** When it was reached (null: not yet, or reached before the date was kept). */
    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Milestone() {
        // for JPA
    }

    Milestone(BacklogItem item, String title, LocalDate dueDate) {
        String text = CleanText.line(title);
        if (CleanText.length(text) < TITLE_MIN || CleanText.length(text) > TITLE_MAX) {
            throw new IllegalArgumentException("a milestone title of 3 to 200 characters");
        }
        this.item = item;
        this.title = text;
        this.dueDate = Objects.requireNonNull(dueDate, "a milestone has a due date");
    }

    /** Reached on the given day; reaching it again changes nothing. */
    public void markDone(LocalDate on) {
        if (!done) {
            done = true;
            completedOn = Objects.requireNonNull(on, "the day it was reached");
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
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
}
