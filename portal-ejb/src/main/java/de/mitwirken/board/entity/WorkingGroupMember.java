package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A board member (one term) in a working group, from the day they joined; made and ended by {@link WorkingGroup}. */
@Entity
@Table(name = "board_working_group_member")
public class WorkingGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private WorkingGroup group;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private BoardMember member;

    @Column(name = "joined_on", nullable = false, updatable = false)
    private LocalDate joinedOn;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at", insertable = false, updatable = false)
    private Instant modifiedAt;

    protected WorkingGroupMember() {
        // for JPA
    }

    WorkingGroupMember(WorkingGroup group, BoardMember member, LocalDate joinedOn) {
        this.group = group;
        this.member = member;
        this.joinedOn = joinedOn;
    }

    /**
     * The last day in the group: the group's dissolution or the end of the member's term, whichever comes first;
     * null while both go on (the term's end is always known, so never null in practice).
     */
    public LocalDate endsOn() {
        LocalDate memberEnd = member.ceasedOn() != null ? member.ceasedOn() : member.termEnd();
        LocalDate groupEnd = group.dissolvedOn();
        return groupEnd == null || memberEnd.isBefore(groupEnd) ? memberEnd : groupEnd;
    }

    public Long id() {
        return id;
    }

    public WorkingGroup group() {
        return group;
    }

    public BoardMember member() {
        return member;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }
}
