package de.mitwirken.board.boundary;

import de.mitwirken.board.control.BoardNotifications;
import de.mitwirken.board.entity.ApplicationDraft;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationRef;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.board.entity.BoardApplication;
import de.mitwirken.board.entity.BoardCall;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.CallDraft;
import de.mitwirken.board.entity.CallSeats;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.RoleChanges;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Membership of the advisory board: calls for applications, applying, the review (shortlist, admit,
 * reject) and the members' roles and terms. Every staff decision is audited with the state before and
 * after, and the applicant hears of it by mail (outbox). Roles follow membership: an admitted person is
 * given "board-member" (and the chair "board-chair") in Keycloak through {@link RoleChanges}.
 */
@Stateless
public class BoardMembership {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    @Inject
    Organisations organisations;

    @Inject
    IdentityFacade identity;
    @Inject
    RoleChanges roles;
    @Inject
    BoardNotifications notifications;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;
    @Inject
    de.mitwirken.board.control.PublicListing listing;

    @RolesAllowed(BoardPermissions.OFFICE)
    public long openCall(CallDraft draft) {
        Map<String, String> problems = draft.problems(today());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BoardCall call = BoardCall.open(draft, caller(), clock.instant());
        em.persist(call);
        em.flush();
        audit.record("board.call.open", "board-call", call.id(), "call opened: " + call.title(), null,
                Map.of("title", call.title(), "opensOn", call.opensOn(), "closesOn", call.closesOn(),
                        "termMonths", call.termMonths(), "seats", draft.seats(), "verifiedOnly", call.verifiedOnly()));
        return call.id();
    }

    /** A signed-in person applies to an open call, once per call. */
    @RolesAllowed(BoardPermissions.APPLY)
    public long apply(String subject, long callId, ApplicationDraft draft) {
        SignedInUser me = identity.caller(subject);
        BoardCall call = findCall(callId);
        if (!call.isOpenOn(today())) {
            throw new NotAllowed("board.error.callClosed");
        }
        if (!BoardPermissions.mayApplyTo(call.verifiedOnly(), me.verified())) {
            throw new NotAllowed("board.error.verifiedOnly");
        }
        Map<String, String> problems = draft.problems(call);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!em.createNamedQuery(BoardApplication.BY_CALL_AND_APPLICANT, BoardApplication.class)
                .setParameter("call", callId).setParameter("applicant", me.profileId()).getResultList().isEmpty()) {
            throw new NotAllowed("board.error.appliedAlready");
        }
        // the platform's registry decides in this transaction: a withdrawn representative is refused at once
        String organisation = draft.organisationId() == null ? null
                : organisations.speakingFor(me.profileId(), draft.organisationId()).name();
        BoardApplication application = BoardApplication.submit(call, me.profileId(), draft, organisation,
                clock.instant(), today());
        em.persist(application);
        em.flush();
        notifications.received(application);
        return application.id();
    }

    /** The organisations the caller represents now: what the application form offers. */
    @RolesAllowed(BoardPermissions.APPLY)
    public List<OrganisationRef> organisationsOf(String subject) {
        return organisations.representedBy(subject);
    }

    @RolesAllowed(BoardPermissions.APPLY)
    public List<ApplicationView> myApplications(String subject) {
        SignedInUser me = identity.caller(subject);
        return em.createNamedQuery(BoardApplication.OF_APPLICANT, BoardApplication.class)
                .setParameter("applicant", me.profileId()).getResultStream()
                .map(a -> ApplicationView.of(a, me.displayName())).toList();
    }

    /**
     * A member gives or withdraws the consent to be listed publicly (directory, open data), for all their terms;
     * a withdrawal is kept for open-data clients (OParl lists it as deleted), a new consent removes it. Audited.
     */
    @RolesAllowed(BoardPermissions.APPLY)
    public void changeMyPublicListing(String subject, boolean listed) {
        listing.change(identity.caller(subject).profileId(), listed, clock.instant());
    }

    /** Whether the caller is a member listed publicly (null: not a member at all). */
    @RolesAllowed(BoardPermissions.APPLY)
    public Boolean myPublicListing(String subject) {
        SignedInUser me = identity.caller(subject);
        return em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class).setParameter("profile", me.profileId())
                .getResultStream().map(BoardMember::publicListing).reduce(Boolean::logicalOr).orElse(null);
    }

    /** The applicant takes back an application that is still open. */
    @RolesAllowed(BoardPermissions.APPLY)
    public void withdraw(String subject, long applicationId) {
        SignedInUser me = identity.caller(subject);
        BoardApplication application = lockApplication(applicationId);
        if (application.applicantId() != me.profileId()) {
            throw new NotFoundException("application " + applicationId);
        }
        application.withdraw(clock.instant());
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<ApplicationView> applications(long callId) {
        findCall(callId);
        List<BoardApplication> applications = em.createNamedQuery(BoardApplication.OF_CALL, BoardApplication.class)
                .setParameter("call", callId).getResultList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(applications.stream()
                .map(BoardApplication::applicantId).toList());
        return applications.stream().map(a -> ApplicationView.of(a, name(names, a.applicantId()),
                verified(names, a.applicantId()))).toList();
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public ApplicationView application(long applicationId) {
        BoardApplication application = Rows.find(em, BoardApplication.class, applicationId);
        Map<Long, IdentityFacade.PersonName> names = identity.names(List.of(application.applicantId()));
        return ApplicationView.of(application, name(names, application.applicantId()),
                verified(names, application.applicantId()));
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void shortlist(long applicationId) {
        BoardApplication application = lockApplication(applicationId);
        Map<String, Object> before = application.auditState();
        application.shortlist(caller(), clock.instant());
        audit.record("board.application.shortlist", "board-application", applicationId, "application shortlisted",
                before, application.auditState());
        notifications.shortlisted(application);
    }

    /**
     * Admits the applicant if their constituency still has a free seat in the call. The application row
     * is locked (one decision per application), and the seat is taken by a conditional update: of two
     * reviewers admitting different people for the last seat at once, exactly one succeeds.
     */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public long admitMember(long applicationId) {
        BoardApplication application = lockApplication(applicationId);
        if (!application.isOpen()) {
            throw new NotAllowed("board.error.transition");
        }
        LocalDate today = today();
        if (!em.createNamedQuery(BoardMember.ACTIVE_OF_PROFILE, BoardMember.class)
                .setParameter("profile", application.applicantId()).setParameter("day", today).getResultList().isEmpty()) {
            throw new NotAllowed("board.error.memberAlready");
        }
        int taken = em.createNamedQuery(CallSeats.TAKE).setParameter("call", application.call().id())
                .setParameter("constituency", application.constituency()).executeUpdate();
        if (taken != 1) {
            throw new NotAllowed("board.error.seatsFull");
        }
        Map<String, Object> before = application.auditState();
        BoardMember member = application.admit(caller(), clock.instant(), today);
        em.persist(member);
        em.flush();
        roles.grant(subjectOf(application.applicantId()), Roles.BOARD_MEMBER);
        audit.record("board.application.admit", "board-application", applicationId, "applicant admitted as member "
                + member.id(), before, application.auditState());
        notifications.admitted(application, member.termStart(), member.termEnd());
        return member.id();
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void rejectApplication(long applicationId, String reason) {
        BoardApplication application = lockApplication(applicationId);
        Map<String, Object> before = application.auditState();
        application.reject(reason, caller(), clock.instant());
        audit.record("board.application.reject", "board-application", applicationId, "application rejected", before,
                application.auditState());
        notifications.rejected(application);
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<MemberView> members() {
        List<BoardMember> members = em.createNamedQuery(BoardMember.ALL, BoardMember.class).getResultList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(members.stream().map(BoardMember::profileId).toList());
        LocalDate today = today();
        return members.stream().map(m -> MemberView.of(m, name(names, m.profileId()), today)).toList();
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public MemberView member(long memberId) {
        BoardMember member = Rows.find(em, BoardMember.class, memberId);
        return MemberView.of(member, name(identity.names(List.of(member.profileId())), member.profileId()), today());
    }

    /**
     * Gives an active member a role in the board. A new chair or deputy replaces the previous one, who
     * becomes a member; the Keycloak role "board-chair" follows the chair.
     */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void assignBoardRole(long memberId, BoardRole role) {
        if (role == null) {
            throw InvalidInput.of("role", "board.error.role");
        }
        BoardMember member = lockMember(memberId);
        LocalDate today = today();
        if (member.role() == role) {
            return;
        }
        if (role != BoardRole.MEMBER) {
            for (BoardMember previous : em.createNamedQuery(BoardMember.ACTIVE_IN_ROLE, BoardMember.class)
                    .setParameter("role", role).setParameter("day", today)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
                changeRole(previous, BoardRole.MEMBER, today);
            }
        }
        changeRole(member, role, today);
    }

    /** Ends a membership early; the seat becomes free for the call's remaining applicants. */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void ceaseMembership(long memberId, LocalDate on, String reason) {
        BoardMember member = lockMember(memberId);
        Map<String, Object> before = member.auditState();
        boolean wasChair = member.role() == BoardRole.CHAIR;
        member.cease(on, reason, today());
        em.createNamedQuery(CallSeats.RELEASE).setParameter("call", member.application().call().id())
                .setParameter("constituency", member.constituency()).executeUpdate();
        String subject = subjectOf(member.profileId());
        roles.revoke(subject, Roles.BOARD_MEMBER);
        if (wasChair) {
            roles.revoke(subject, Roles.BOARD_CHAIR);
        }
        audit.record("board.member.cease", "board-member", memberId, "membership ended", before, member.auditState());
    }

    private void changeRole(BoardMember member, BoardRole role, LocalDate today) {
        Map<String, Object> before = member.auditState();
        BoardRole previous = member.role();
        member.assignRole(role, today);
        String subject = subjectOf(member.profileId());
        if (previous == BoardRole.CHAIR) {
            roles.revoke(subject, Roles.BOARD_CHAIR);
        }
        if (role == BoardRole.CHAIR) {
            roles.grant(subject, Roles.BOARD_CHAIR);
        }
        audit.record("board.member.role", "board-member", member.id(), "board role " + previous + " → " + role, before,
                member.auditState());
    }

    private BoardCall findCall(long callId) {
        return Rows.find(em, BoardCall.class, callId);
    }

    private BoardApplication lockApplication(long applicationId) {
        return Rows.lock(em, BoardApplication.class, applicationId);
    }

    private BoardMember lockMember(long memberId) {
        return Rows.lock(em, BoardMember.class, memberId);
    }

    private String subjectOf(long profileId) {
        return identity.subjectOf(profileId);
    }

    private static String name(Map<Long, IdentityFacade.PersonName> names, long profileId) {
        IdentityFacade.PersonName name = names.get(profileId);
        return name == null || name.former() ? null : name.displayName();
    }

    private static boolean verified(Map<Long, IdentityFacade.PersonName> names, long profileId) {
        IdentityFacade.PersonName name = names.get(profileId);
        return name != null && name.verified();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
