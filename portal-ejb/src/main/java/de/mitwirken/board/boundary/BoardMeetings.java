package de.mitwirken.board.boundary;

import de.mitwirken.board.control.BoardNotifications;
import de.mitwirken.board.control.MeetingLinks;
import de.mitwirken.board.entity.AgendaDocument;
import de.mitwirken.board.entity.AgendaDraft;
import de.mitwirken.board.entity.AgendaItem;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.Recusal;
import de.mitwirken.board.entity.MeetingDraft;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.Upload;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board's meetings: planning with an agenda, invitations (mail with a calendar file), members'
 * answers, attendance and quorum, minutes per agenda point and their approval in a later meeting. The
 * office and the chair run meetings; members answer their invitations. Staff steps are audited.
 */
@Stateless
public class BoardMeetings {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    IdentityFacade identity;
    @Inject
    BoardNotifications notifications;
    @Inject
    MeetingLinks links;
    @Inject
    BoardReads reads;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public long planMeeting(MeetingDraft draft) {
        Map<String, String> problems = draft.problems(clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Meeting meeting = Meeting.plan(draft, caller(), clock.instant());
        em.persist(meeting);
        em.flush();
        audit.record("board.meeting.plan", "board-meeting", meeting.id(), "meeting planned: " + meeting.title(), null,
                Map.of("title", meeting.title(), "startsAt", meeting.startsAt(), "quorumPercent", meeting.quorumPercent()));
        return meeting.id();
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void addAgendaItem(long meetingId, AgendaDraft draft) {
        Meeting meeting = lock(meetingId);
        Map<String, String> problems = new HashMap<>(draft.problems());
        if (draft.backlogItemId() != null && !links.isPublishedItem(draft.backlogItemId())) {
            problems.put("backlogItemId", "board.error.agenda.backlogItem");
        }
        if (draft.needId() != null && !links.isPublicNeed(draft.needId())) {
            problems.put("needId", "board.error.agenda.need");
        }
        if (draft.recommendationId() != null && em.find(Recommendation.class, draft.recommendationId()) == null) {
            problems.put("recommendationId", "board.error.agenda.recommendation");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AgendaItem item = meeting.addAgendaItem(draft);
        em.flush();
        audit.record("board.meeting.agenda", "board-meeting", meetingId, "agenda item added: " + item.title(), null,
                Map.of("position", item.position(), "title", item.title()));
    }

    /** Invites every active member, each by mail with the meeting as a calendar file. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public int invite(long meetingId) {
        Meeting meeting = lock(meetingId);
        List<BoardMember> members = em.createNamedQuery(BoardMember.ACTIVE_ON, BoardMember.class)
                .setParameter("day", LocalDate.now(clock)).getResultList();
        if (meeting.agenda().isEmpty()) {
            throw new NotAllowed("board.error.meeting.noAgenda");
        }
        if (members.isEmpty()) {
            throw new NotAllowed("board.error.meeting.noMembers");
        }
        meeting.invite(members.stream().map(BoardMember::id).toList(), clock.instant());
        em.flush();
        members.forEach(m -> notifications.invited(meeting, m.profileId()));
        audit.record("board.meeting.invite", "board-meeting", meetingId, "members invited: " + members.size(),
                Map.of("status", MeetingStatus.PLANNED), Map.of("status", meeting.status(), "invited", members.size()));
        return members.size();
    }

    /**
     * Moves a meeting. After the invitations, each invited member is told once with the reason and the updated
     * calendar entry (same UID, next SEQUENCE); their answers are kept for a new time on the same day and reset
     * for a new day. Answers how many were told.
     */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public int rescheduleMeeting(long meetingId, MeetingDraft draft, String reason) {
        Meeting meeting = lock(meetingId);
        Map<String, String> problems = draft.problems(clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, Object> before = Map.of("title", meeting.title(), "startsAt", meeting.startsAt(), "place",
                String.valueOf(meeting.place()), "sequence", meeting.sequence());
        boolean invited = meeting.status() == MeetingStatus.INVITED;
        boolean newDay = meeting.reschedule(draft, reason, clock.instant());
        int told = 0;
        if (invited) {
            for (Invitation invitation : meeting.invitations()) {
                notifications.meetingMoved(meeting, profileOf(invitation), newDay);
                told++;
            }
        }
        audit.record("board.meeting.move", "board-meeting", meetingId, "meeting moved: " + meeting.title() + " ("
                + told + " told)", before, Map.of("title", meeting.title(), "startsAt", meeting.startsAt(),
                "answersReset", newDay && invited, "told", told, "sequence", meeting.sequence()));
        return told;
    }

    /** Calls a planned or invited meeting off; each invited member is told once with a calendar cancellation. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public int cancelMeeting(long meetingId, String reason) {
        Meeting meeting = lock(meetingId);
        MeetingStatus before = meeting.status();
        meeting.cancel(reason, clock.instant());
        int told = 0;
        for (Invitation invitation : meeting.invitations()) {
            notifications.meetingCancelled(meeting, profileOf(invitation));
            told++;
        }
        audit.record("board.meeting.cancel", "board-meeting", meetingId, "meeting cancelled: " + meeting.title() + " ("
                + told + " told)", Map.of("status", before), Map.of("status", meeting.status(), "reason",
                meeting.changeReason(), "told", told));
        return told;
    }

    private long profileOf(Invitation invitation) {
        return em.find(BoardMember.class, invitation.memberId()).profileId();
    }

    /** A member answers their invitation (and may change the answer until the meeting is held). */
    @RolesAllowed(BoardPermissions.MEMBER)
    public void respond(String subject, long meetingId, Invitation.Response response) {
        SignedInUser me = identity.caller(subject);
        if (response == null) {
            throw InvalidInput.of("response", "board.error.meeting.response");
        }
        Invitation invitation = em.createNamedQuery(Invitation.OF_MEETING, Invitation.class).setParameter("meeting", meetingId)
                .getResultStream().filter(i -> memberIdsOf(me.profileId()).contains(i.memberId())).findFirst()
                .orElseThrow(() -> new NotFoundException("invitation to " + meetingId));
        em.lock(invitation.meeting(), LockModeType.PESSIMISTIC_READ);
        invitation.respond(response, clock.instant());
    }

    /** The invitations of the signed-in member, newest meeting first. */
    @RolesAllowed(BoardPermissions.MEMBER)
    public List<MyInvitation> myInvitations(String subject) {
        SignedInUser me = identity.caller(subject);
        Set<Long> memberIds = memberIdsOf(me.profileId());
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Invitation.OF_MEMBERS, Invitation.class).setParameter("members", memberIds)
                .getResultStream().map(i -> new MyInvitation(i.meeting().id(), i.meeting().title(),
                        i.meeting().startsAt(), i.meeting().endsAt(), i.meeting().place(), i.meeting().onlineLink(),
                        i.meeting().status(), i.response(), i.meeting().changedAt(), i.meeting().changeReason(),
                        i.answerResetAt(), i.meeting().agenda().stream().map(a -> new AgendaRef(a.id(), a.position(),
                                a.title())).toList())).toList();
    }

    /** An agenda point of an invitation, for declaring a conflict of interest. */
    public record AgendaRef(long id, int position, String title) implements java.io.Serializable {
    }

    /**
     * One of the signed-in member's invitations; changedAt and changeReason: the meeting's last move or its
     * cancellation (null if none); answerResetAt: the answer was reset by a move to another day.
     */
    public record MyInvitation(long meetingId, String title, java.time.Instant startsAt, java.time.Instant endsAt,
                               String place, String onlineLink, MeetingStatus status, Invitation.Response response,
                               java.time.Instant changedAt, String changeReason, java.time.Instant answerResetAt,
                               List<AgendaRef> agenda)
            implements java.io.Serializable {

        /** Whether a conflict of interest can still be declared for its agenda points (invited or held). */
        public boolean recusable() {
            return status == MeetingStatus.INVITED || status == MeetingStatus.HELD;
        }
        public boolean answerable() {
            return status == MeetingStatus.INVITED;
        }
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void markHeld(long meetingId) {
        Meeting meeting = lock(meetingId);
        meeting.markHeld(clock.instant());
        audit.record("board.meeting.held", "board-meeting", meetingId, "meeting held", Map.of("status", MeetingStatus.INVITED),
                Map.of("status", meeting.status()));
    }

    /** Records who was there (all invited members not named were absent) and returns the quorum. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public de.mitwirken.board.entity.Quorum recordAttendance(long meetingId, Collection<Long> presentMemberIds) {
        Meeting meeting = lock(meetingId);
        Set<Long> present = Set.copyOf(presentMemberIds);
        Map<String, Object> before = Map.of("present", meeting.quorum().present());
        meeting.invitations().forEach(i -> i.recordPresence(present.contains(i.memberId())));
        audit.record("board.meeting.attendance", "board-meeting", meetingId, "attendance recorded", before,
                Map.of("present", meeting.quorum().present(), "quorate", meeting.quorum().reached()));
        return meeting.quorum();
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void writeMinutes(long meetingId, long agendaItemId, String minutes, boolean isPublic) {
        Meeting meeting = lock(meetingId);
        meeting.writeMinutes(agendaItemId, minutes, isPublic);
        audit.record("board.meeting.minutes", "board-meeting", meetingId, "minutes of agenda item " + agendaItemId,
                null, Map.of("agendaItem", agendaItemId, "public", isPublic));
    }

    /** Approves a meeting's minutes in a later meeting held with quorum; they are published from then on. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void approveMinutes(long meetingId, long approvingMeetingId) {
        Meeting meeting = lock(meetingId);
        Meeting approving = find(approvingMeetingId);
        meeting.approveMinutesIn(approving);
        audit.record("board.meeting.approve", "board-meeting", meetingId, "minutes approved in meeting "
                + approvingMeetingId, Map.of("status", MeetingStatus.HELD), Map.of("status", meeting.status()));
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<MeetingView> meetings() {
        List<Meeting> meetings = em.createNamedQuery(Meeting.ALL, Meeting.class).getResultList();
        Map<Long, String> itemTitles = links.itemTitles(meetings);
        Map<Long, String> needTitles = links.needTitles(meetings);
        Map<Long, String> names = reads.memberNames();
        return meetings.stream().map(m -> MeetingView.full(m, names, itemTitles, needTitles)).toList();
    }

    /** Attaches a PDF (checked by content) to an agenda point; public or for the board only. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public long attachDocument(long meetingId, long agendaItemId, Upload upload, boolean isPublic) {
        Meeting meeting = lock(meetingId);
        if (!"application/pdf".equals(upload.contentType())) {
            throw InvalidInput.of("file", "board.error.document.pdf");
        }
        AgendaDocument document = meeting.attach(agendaItemId, upload.filename(), upload.contentType(), upload.content(),
                isPublic, caller(), clock.instant());
        em.flush();
        audit.record("board.meeting.document", "board-meeting", meetingId, "document attached: " + upload.filename(), null,
                Map.of("agendaItem", agendaItemId, "document", document.id(), "public", isPublic));
        return document.id();
    }

    /** A document as members and staff may read it (all of them). */
    @RolesAllowed({BoardPermissions.MEMBER, BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public DocumentFile document(long documentId) {
        AgendaDocument document = Rows.find(em, AgendaDocument.class, documentId);
        return DocumentFile.of(document);
    }

    /** A document's file. */
    public record DocumentFile(String filename, String contentType, byte[] content) {
        static DocumentFile of(AgendaDocument d) {
            return new DocumentFile(d.filename(), d.contentType(), d.content());
        }
    }

    /** The full view of a meeting: for the office and the chair, and for members (the board's own record). */
    @RolesAllowed({BoardPermissions.MEMBER, BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public MeetingView meeting(long meetingId) {
        Meeting meeting = find(meetingId);
        Map<Long, String> names = reads.memberNames();
        return MeetingView.full(meeting, names, links.itemTitles(List.of(meeting)),
                links.needTitles(List.of(meeting))).withRecusals(reads.recusalsOf(meeting, () -> names), false);
    }

    /**
     * Records the vote on an agenda point of a held meeting (counts): the members recused for the point count
     * neither for the vote's quorum nor among the voters.
     */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void recordAgendaVote(long meetingId, long agendaItemId, Integer yes, Integer no, Integer abstain) {
        Meeting meeting = lock(meetingId);
        AgendaItem item = meeting.agenda().stream().filter(a -> a.id() == agendaItemId).findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item " + agendaItemId));
        if (yes == null || no == null || abstain == null) {
            throw InvalidInput.of("votes", "board.error.vote.votes");
        }
        Set<Long> present = meeting.invitations().stream().filter(Invitation::present).map(Invitation::memberId)
                .collect(java.util.stream.Collectors.toSet());
        Set<Long> recused = em.createNamedQuery(Recusal.OF_AGENDA_ITEMS, Recusal.class)
                .setParameter("ids", List.of(agendaItemId)).getResultStream().map(Recusal::memberId)
                .collect(java.util.stream.Collectors.toSet());
        item.recordVote(de.mitwirken.board.entity.VoteResult.secret(yes, no, abstain), present, recused, clock.instant());
        audit.record("board.meeting.agendaVote", "board-meeting", meetingId, "vote on agenda point " + item.position()
                + ": " + yes + " yes, " + no + " no, " + abstain + " abstain", null, Map.of("agendaItem", agendaItemId,
                "recused", recused.size()));
    }

    /**
     * An invited member declares a conflict of interest for an agenda point (before the minutes are approved):
     * recused for its vote; the minutes record it; the reason is optional and, marked personal, never public.
     */
    @RolesAllowed(BoardPermissions.MEMBER)
    public void declareConflict(String subject, long meetingId, long agendaItemId, String reason, boolean personal) {
        SignedInUser me = identity.caller(subject);
        Meeting meeting = lock(meetingId);
        Set<Long> mine = memberIdsOf(me.profileId());
        Invitation invitation = meeting.invitations().stream().filter(i -> mine.contains(i.memberId())).findFirst()
                .orElseThrow(() -> new NotFoundException("invitation to " + meetingId));
        AgendaItem item = meeting.agenda().stream().filter(a -> a.id() == agendaItemId).findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item " + agendaItemId));
        boolean declared = em.createNamedQuery(Recusal.OF_AGENDA_ITEMS, Recusal.class)
                .setParameter("ids", List.of(agendaItemId)).getResultStream()
                .anyMatch(r -> r.memberId() == invitation.memberId());
        if (declared) {
            throw new NotAllowed("board.error.recusal.twice");
        }
        em.persist(Recusal.fromAgendaPoint(item, invitation.memberId(), reason, personal, clock.instant()));
        audit.record("board.recusal.declare", "board-meeting", meetingId, "conflict of interest declared for agenda"
                + " point " + item.position(), null, Map.of("member", invitation.memberId(), "agendaItem", agendaItemId,
                "personal", personal));
    }

    private Set<Long> memberIdsOf(long profileId) {
        return Set.copyOf(em.createNamedQuery(BoardMember.OF_PROFILE, BoardMember.class).setParameter("profile", profileId)
                .getResultStream().map(BoardMember::id).toList());
    }

    private Meeting find(long meetingId) {
        return Rows.find(em, Meeting.class, meetingId);
    }

    private Meeting lock(long meetingId) {
        return Rows.lock(em, Meeting.class, meetingId);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
