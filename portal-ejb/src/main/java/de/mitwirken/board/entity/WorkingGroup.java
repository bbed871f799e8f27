package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A working group (Arbeitsgruppe) of the advisory board: a name unique among the active groups, a mandate, and
 * members of a current term, each once. Once dissolved it keeps its members for the record and takes no changes.
 */
@Entity
@Table(name = "board_working_group")
@NamedQuery(name = WorkingGroup.ALL, query = "SELECT DISTINCT g FROM WorkingGroup g LEFT JOIN FETCH g.members ORDER BY g.id")
@NamedQuery(name = WorkingGroup.ACTIVE, query = "SELECT g FROM WorkingGroup g WHERE g.dissolvedOn IS NULL ORDER BY g.id")
public class WorkingGroup {

    public static final String ALL = "WorkingGroup.all";
    public static final String ACTIVE = "WorkingGroup.active";

    static final int NAME_MIN = 3;
    static final int NAME_MAX = 120;
    static final int MANDATE_MIN = 10;
    static final int MANDATE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "mandate", nullable = false)
    private String mandate;

    @Column(name = "defined_on", nullable = false, updatable = false)
    private LocalDate definedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "members_changed_at")
    private Instant membersChangedAt;

    /** Kept by the database (V42), read for OParl's created/modified. */
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at", insertable = false, updatable = false)
    private Instant modifiedAt;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WorkingGroupMember> members = new ArrayList<>();

    protected WorkingGroup() {
        // for JPA
    }

    /**
     * Defines a group; {@code active} are the groups not dissolved, whose names it must not repeat (case ignored).
     */
    public static WorkingGroup define(String name, String mandate, Collection<WorkingGroup> active, LocalDate today) {
        WorkingGroup group = new WorkingGroup();
        group.describe(name, mandate, active);
        group.definedOn = today;
        return group;
    }

    /** A new name and mandate (both are checked as when defined); not once dissolved. */
    public void rename(String name, String mandate, Collection<WorkingGroup> active) {
        requireActive();
        describe(name, mandate, active);
    }

    /** A member of a current term joins, once. */
    public WorkingGroupMember addMember(BoardMember member, LocalDate today, Instant now) {
        requireActive();
        if (member == null || !member.isActiveOn(today)) {
            throw Refusal.invalid("member", "board.error.group.notCurrent");
        }
        if (membership(member).isPresent()) {
            throw Refusal.conflict("member", "board.error.group.memberAlready");
        }
        WorkingGroupMember joined = new WorkingGroupMember(this, member, today);
        members.add(joined);
        membersChangedAt = now;
        return joined;
    }

    /** The member leaves the group; answers the membership that ended. */
    public WorkingGroupMember removeMember(BoardMember member, Instant now) {
        requireActive();
        WorkingGroupMember leaving = membership(member)
                .orElseThrow(() -> Refusal.invalid("member", "board.error.group.notInGroup"));
        members.remove(leaving);
        membersChangedAt = now;
        return leaving;
    }

    /** The group ends today; its members stay on record, with the group's end as theirs. */
    public void dissolve(LocalDate today) {
        requireActive();
        dissolvedOn = today;
    }

    public boolean isActive() {
        return dissolvedOn == null;
    }

    private void describe(String name, String mandate, Collection<WorkingGroup> active) {
        String cleanName = CleanText.line(name);
        String cleanMandate = CleanText.multiline(mandate);
        if (CleanText.length(cleanName) < NAME_MIN || CleanText.length(cleanName) > NAME_MAX) {
            throw Refusal.invalid("name", "board.error.group.name", NAME_MIN, NAME_MAX);
        }
        if (active.stream().anyMatch(g -> g != this && g.isActive() && (id == null || !id.equals(g.id))
                && g.name.equalsIgnoreCase(cleanName))) {
            throw Refusal.conflict("name", "board.error.group.nameTaken");
        }
        if (CleanText.length(cleanMandate) < MANDATE_MIN || CleanText.length(cleanMandate) > MANDATE_MAX) {
            throw Refusal.invalid("mandate", "board.error.group.mandate", MANDATE_MIN, MANDATE_MAX);
        }
        this.name = cleanName;
        this.mandate = cleanMandate;
    }

    private void requireActive() {
        if (!isActive()) {
            throw Refusal.notAllowed("board.error.group.dissolved");
        }
    }

    /** By identity, or by id once stored (a member read in another persistence context is another object). */
    private Optional<WorkingGroupMember> membership(BoardMember member) {
        return members.stream().filter(m -> m.member() == member
                || (member != null && member.id() != null && member.id().equals(m.member().id()))).findFirst();
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("mandate", mandate);
        state.put("dissolvedOn", dissolvedOn);
        state.put("members", members.stream().map(m -> m.member().id()).toList());
        return state;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String mandate() {
        return mandate;
    }

    public LocalDate definedOn() {
        return definedOn;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public List<WorkingGroupMember> members() {
        return List.copyOf(members);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }
}
