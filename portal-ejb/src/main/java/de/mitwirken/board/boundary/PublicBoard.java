package de.mitwirken.board.boundary;

import de.mitwirken.board.entity.ApplicationStatus;
import de.mitwirken.board.entity.BoardApplication;
import de.mitwirken.board.entity.BoardCall;
import de.mitwirken.board.control.MeetingLinks;
import de.mitwirken.board.entity.AgendaDocument;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What everyone may read about the board: calls with their seats, and the members who consented to be listed. */
@Stateless
@PermitAll
public class PublicBoard {

    private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    Clock clock;

    @Inject
    MeetingLinks links;

    @Inject
    BoardReads reads;

    public List<CallView> openCalls() {
        LocalDate today = LocalDate.now(clock);
        return views(em.createNamedQuery(BoardCall.OPEN_ON, BoardCall.class).setParameter("day", today).getResultList());
    }

    /** All calls, newest first, with the number of open applications (for the review overview). */
    public List<CallView> calls() {
        return views(em.createNamedQuery(BoardCall.ALL, BoardCall.class).getResultList());
    }

    public CallView call(long callId) {
        BoardCall call = Rows.find(em, BoardCall.class, callId);
        return views(List.of(call)).get(0);
    }

    /** Active members who consented to the public listing: chair and deputy first, then by constituency. */
    public List<MemberView> directory() {
        return directory(m -> true);
    }

    /** The directory's members who sit for a verified organisation (its public page); nobody the directory omits. */
    public List<MemberView> directoryOf(long organisationId) {
        return directory(m -> Long.valueOf(organisationId).equals(m.organisationId()));
    }

    private List<MemberView> directory(java.util.function.Predicate<BoardMember> which) {
        LocalDate today = LocalDate.now(clock);
        List<BoardMember> members = em.createNamedQuery(BoardMember.ACTIVE_ON, BoardMember.class)
                .setParameter("day", today).getResultStream().filter(BoardMember::publicListing).filter(which).toList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(members.stream().map(BoardMember::profileId).toList());
        return members.stream().filter(m -> names.containsKey(m.profileId()) && !names.get(m.profileId()).former())
                .map(m -> publicView(m, names.get(m.profileId()).displayName(), today))
                .sorted(java.util.Comparator.comparing(MemberView::role).thenComparing(MemberView::constituency)
                        .thenComparing(MemberView::name))
                .toList();
    }

    /**
     * The active working groups with their mandate and the members of a current term who consented to be listed
     * (never anyone else), by id.
     */
    public List<WorkingGroupView> workingGroups() {
        LocalDate today = LocalDate.now(clock);
        List<de.mitwirken.board.entity.WorkingGroup> groups = em.createNamedQuery(
                de.mitwirken.board.entity.WorkingGroup.ALL, de.mitwirken.board.entity.WorkingGroup.class)
                .getResultStream().filter(de.mitwirken.board.entity.WorkingGroup::isActive).toList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(groups.stream().flatMap(g -> g.members().stream())
                .map(m -> m.member().profileId()).distinct().toList());
        return groups.stream().map(g -> WorkingGroupView.of(g, names, m -> m.member().publicListing()
                        && m.member().isActiveOn(today) && names.containsKey(m.member().profileId())
                        && !names.get(m.member().profileId()).former(), today)).toList();
    }

    /** Meetings not yet over (planned or invited), soonest first, as the public sees them. */
    public List<MeetingView> upcomingMeetings() {
        List<Meeting> meetings = em.createNamedQuery(Meeting.UPCOMING, Meeting.class).setParameter("now", clock.instant())
                .setParameter("shown", List.of(MeetingStatus.PLANNED, MeetingStatus.INVITED)).getResultList();
        return publicViews(meetings);
    }

    /** Meetings whose minutes are approved, newest first: their public minutes are published. */
    public List<MeetingView> meetingsWithMinutes() {
        return publicViews(em.createNamedQuery(Meeting.WITH_APPROVED_MINUTES, Meeting.class).getResultList());
    }

    public MeetingView meeting(long meetingId) {
        Meeting meeting = Rows.find(em, Meeting.class, meetingId);
        MeetingView view = publicViews(List.of(meeting)).get(0);
        // the public sees who was recused with the public minutes, as the minutes record it
        return view.minutesPublished() ? view.withRecusals(reads.recusalsOf(meeting, reads::memberNames), true) : view;
    }

    /** A document marked public; the others are the board's (see {@link BoardMeetings#document}). */
    public BoardMeetings.DocumentFile publicDocument(long documentId) {
        AgendaDocument document = em.find(AgendaDocument.class, documentId);
        if (document == null || !document.isPublic()) {
            throw new NotFoundException("document " + documentId);
        }
        return BoardMeetings.DocumentFile.of(document);
    }

    private List<MeetingView> publicViews(List<Meeting> meetings) {
        Map<Long, String> itemTitles = links.itemTitles(meetings);
        Map<Long, String> needTitles = links.needTitles(meetings);
        return meetings.stream().map(m -> MeetingView.forThePublic(m, itemTitles, needTitles)).toList();
    }

    /** The board's adopted recommendations, newest vote first, at most {@code max} (the recommendations feed). */
    public List<RecommendationNews> adoptedRecommendations(int max) {
        return em.createNamedQuery(Recommendation.ADOPTED, Recommendation.class).setMaxResults(Math.max(0, Math.min(max, 200)))
                .getResultStream().map(r -> new RecommendationNews(r.id(), r.title(), r.body(), r.addressee(),
                        r.meeting() == null ? null : r.meeting().title(), r.votedAt())).toList();
    }

    /**
     * The meetings, latest start first, at most {@code max}, with what the public sees of them (no online link, no
     * names) and when that last changed (the meetings feed).
     */
    public List<MeetingNews> recentMeetings(int max) {
        return em.createNamedQuery(Meeting.ALL, Meeting.class).setMaxResults(Math.max(0, Math.min(max, 200)))
                .getResultStream().map(m -> new MeetingNews(m.id(), m.title(), m.startsAt(), m.endsAt(), m.place(),
                        m.status(), m.cancelled() ? m.changeReason() : null, m.lastPublicChange())).toList();
    }

    /** Recommendations the board has voted on, newest vote first. */
    public List<RecommendationView> recommendations() {
        return reads.views(em.createNamedQuery(Recommendation.VOTED, Recommendation.class).getResultList());
    }

    /** A voted recommendation; drafts are the board's internal business. */
    public RecommendationView recommendation(long recommendationId) {
        Recommendation recommendation = em.find(Recommendation.class, recommendationId);
        if (recommendation == null || recommendation.status() == RecommendationStatus.DRAFT) {
            throw new NotFoundException("recommendation " + recommendationId);
        }
        return reads.views(List.of(recommendation)).get(0);
    }

    /** The voted recommendations that fed a backlog item, for the item's page. */
    public List<RecommendationView> recommendationsFeeding(long backlogItemId) {
        return reads.views(em.createNamedQuery(Recommendation.VOTED_FEEDING, Recommendation.class)
                .setParameter("item", backlogItemId).getResultList());
    }

    /** Why and when someone left is not public. */
    private static MemberView publicView(BoardMember m, String name, LocalDate today) {
        MemberView full = MemberView.of(m, name, today);
        return new MemberView(full.id(), full.name(), full.constituency(), full.organisation(), full.expertise(),
                full.role(), full.termStart(), full.termEnd(), null, null, true, true);
    }

    private List<CallView> views(List<BoardCall> calls) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> open = em.createNamedQuery(BoardApplication.OPEN_COUNTS, Object[].class)
                .setParameter("open", OPEN).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return calls.stream().map(c -> CallView.of(c, today, open.getOrDefault(c.id(), 0L))).toList();
    }
}
