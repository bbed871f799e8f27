package de.mitwirken.board.boundary;

import de.mitwirken.board.control.PublicationWithdrawals;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.WorkingGroup;
import de.mitwirken.board.entity.WorkingGroupMember;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The board's working groups (Arbeitsgruppen), run by the strategy office: define, rename or give a new mandate,
 * add and remove members of a current term, dissolve. The group's row is locked for each change (one change at a
 * time); every change is audited with the state before and after. Taking a listed member out of a group leaves a
 * tombstone for open-data clients (OParl lists the membership as deleted).
 */
@Stateless
public class WorkingGroups {

    /** V42: the unique index on the names of the groups not dissolved. */
    static final String ACTIVE_NAME_KEY = "uq_board_working_group_active_name";

    private static final String TYPE = "board-working-group";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    IdentityFacade identity;
    @Inject
    PublicationWithdrawals withdrawals;
    @Inject
    Clock clock;

    /** All groups, active first, with all their members (for the office page; the chair reads along). */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<WorkingGroupView> workingGroups() {
        List<WorkingGroup> groups = em.createNamedQuery(WorkingGroup.ALL, WorkingGroup.class).getResultList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(groups.stream()
                .flatMap(g -> g.members().stream()).map(m -> m.member().profileId()).distinct().toList());
        LocalDate today = today();
        return groups.stream().sorted(java.util.Comparator.comparing((WorkingGroup g) -> !g.isActive())
                        .thenComparing(WorkingGroup::id))
                .map(g -> WorkingGroupView.of(g, names, m -> true, today)).toList();
    }

    @RolesAllowed(BoardPermissions.OFFICE)
    public long defineWorkingGroup(String name, String mandate) {
        WorkingGroup group = WorkingGroup.define(name, mandate, activeGroups(), today());
        em.persist(group);
        flushName();
        audit.record("board.group.define", TYPE, group.id(), "working group defined: " + group.name(), null,
                group.auditState());
        return group.id();
    }

    /** A new name and mandate for an active group. */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void renameWorkingGroup(long groupId, String name, String mandate) {
        WorkingGroup group = lock(groupId);
        Map<String, Object> before = group.auditState();
        group.rename(name, mandate, activeGroups());
        flushName();
        audit.record("board.group.rename", TYPE, groupId, "working group renamed: " + group.name(), before,
                group.auditState());
    }

    /** A member of a current term joins an active group, once. */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void addWorkingGroupMember(long groupId, long memberId) {
        WorkingGroup group = lock(groupId);
        Map<String, Object> before = group.auditState();
        BoardMember member = em.find(BoardMember.class, memberId);
        group.addMember(member, today(), clock.instant());
        audit.record("board.group.join", TYPE, groupId, "member " + memberId + " joined the working group", before,
                group.auditState());
    }

    @RolesAllowed(BoardPermissions.OFFICE)
    public void removeWorkingGroupMember(long groupId, long memberId) {
        WorkingGroup group = lock(groupId);
        Map<String, Object> before = group.auditState();
        WorkingGroupMember left = group.removeMember(em.find(BoardMember.class, memberId), clock.instant());
        if (left.member().publicListing()) {
            withdrawals.groupMembershipWithdrawn(left.id(), left.member().profileId(), clock.instant());
        }
        audit.record("board.group.leave", TYPE, groupId, "member " + memberId + " left the working group", before,
                group.auditState());
    }

    /** The group ends today; it stays on record (and in open data) with its members. */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void dissolveWorkingGroup(long groupId) {
        WorkingGroup group = lock(groupId);
        Map<String, Object> before = group.auditState();
        group.dissolve(today());
        audit.record("board.group.dissolve", TYPE, groupId, "working group dissolved: " + group.name(), before,
                group.auditState());
    }

    private List<WorkingGroup> activeGroups() {
        return em.createNamedQuery(WorkingGroup.ACTIVE, WorkingGroup.class).getResultList();
    }

    private WorkingGroup lock(long groupId) {
        return Rows.lock(em, WorkingGroup.class, groupId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Two office users naming a group alike at the same moment both pass the entity's check; the unique index on
     * the active name stops the second, which is told at the name field like the first check would.
     */
    private void flushName() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isActiveNameClash(e)) {
                throw Refusal.conflict("name", "board.error.group.nameTaken");
            }
            throw e;
        }
    }

    /** MariaDB's duplicate-key error (1062) on the unique index of the active groups' names, wherever wrapped. */
    static boolean isActiveNameClash(Throwable e) {
        return Rows.brokeUniqueKey(e, ACTIVE_NAME_KEY);
    }
}
