package de.mitwirken.board.boundary;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemDraft;
import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.board.entity.Meeting;
import de.mitwirken.board.entity.Recommendation;
import de.mitwirken.board.entity.RecommendationDraft;
import de.mitwirken.board.entity.RecommendationFollow;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.board.entity.Recusal;
import de.mitwirken.board.entity.VoteResult;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Notifier;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.strategy.StrategyField;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recommendations of the board: members draft them; the office or the chair records the vote taken in a
 * held meeting with quorum, the addressee's answers, and the backlog item a recommendation fed. Staff
 * steps are audited.
 */
@Stateless
public class BoardRecommendations {

    static final String MAILS = "de.mitwirken.board.mails";
    static final MailTemplate STATUS_CHANGED = new MailTemplate(MAILS, "board.recommendationStatus");

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    IdentityFacade identity;
    @Inject
    BoardReads reads;
    @Inject
    Backlog backlog;
    @Inject
    Clock clock;
    @Inject
    Notifier notifier;
    @Inject
    MailRenderer renderer;
    @Resource
    SessionContext session;

    /** An active member drafts a recommendation for the board to vote on. */
    @RolesAllowed(BoardPermissions.MEMBER)
    public long draftRecommendation(String subject, RecommendationDraft draft) {
        SignedInUser me = identity.caller(subject);
        BoardMember member = em.createNamedQuery(BoardMember.ACTIVE_OF_PROFILE, BoardMember.class)
                .setParameter("profile", me.profileId()).setParameter("day", LocalDate.now(clock)).getResultStream()
                .findFirst().orElseThrow(() -> new NotAllowed("board.error.notAMember"));
        if (!draft.problems().isEmpty()) {
            throw new InvalidInput(draft.problems());
        }
        Recommendation recommendation = Recommendation.draft(draft, member.id(), clock.instant());
        em.persist(recommendation);
        em.flush();
        return recommendation.id();
    }

    /**
     * An active member declares a conflict of interest before the vote on a draft: recused, not counted for the
     * vote's quorum, no vote. The reason is optional; marked personal it is never public. Once per member.
     */
    @RolesAllowed(BoardPermissions.MEMBER)
    public void declareConflict(String subject, long recommendationId, String reason, boolean personal) {
        SignedInUser me = identity.caller(subject);
        BoardMember member = em.createNamedQuery(BoardMember.ACTIVE_OF_PROFILE, BoardMember.class)
                .setParameter("profile", me.profileId()).setParameter("day", LocalDate.now(clock)).getResultStream()
                .findFirst().orElseThrow(() -> new NotAllowed("board.error.notAMember"));
        Recommendation recommendation = lock(recommendationId);
        boolean declared = em.createNamedQuery(Recusal.OF_RECOMMENDATION, Recusal.class).setParameter("id", recommendationId)
                .getResultStream().anyMatch(r -> r.memberId() == member.id());
        if (declared) {
            throw new NotAllowed("board.error.recusal.twice");
        }
        Recusal recusal = Recusal.fromVoteOn(recommendation, member.id(), reason, personal, clock.instant());
        em.persist(recusal);
        audit.record("board.recusal.declare", "board-recommendation", recommendationId, "conflict of interest declared",
                null, Map.of("member", member.id(), "personal", personal));
    }

    /** The conflicts declared for a recommendation's vote: the chair sees them before the vote (names, reasons). */
    @RolesAllowed({BoardPermissions.MEMBER, BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<RecusalView> conflicts(long recommendationId) {
        Map<Long, String> names = reads.memberNames();
        return em.createNamedQuery(Recusal.OF_RECOMMENDATION, Recusal.class).setParameter("id", recommendationId)
                .getResultStream().map(r -> new RecusalView(r.memberId(), names.get(r.memberId()), r.reason(),
                        r.reasonPersonal())).toList();
    }

    /** Drafts still to be voted, for the members, the office and the chair. */
    @RolesAllowed({BoardPermissions.MEMBER, BoardPermissions.OFFICE})
    public List<RecommendationView> drafts() {
        return reads.views(em.createNamedQuery(Recommendation.ALL, Recommendation.class).getResultStream()
                .filter(r -> r.status() == RecommendationStatus.DRAFT).toList());
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<RecommendationView> recommendations() {
        return reads.views(em.createNamedQuery(Recommendation.ALL, Recommendation.class).getResultList());
    }

    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public RecommendationView recommendation(long recommendationId) {
        return reads.views(List.of(find(recommendationId))).get(0);
    }

    /** Held meetings with quorum in which a vote can be recorded, newest first. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public List<MeetingView> votingMeetings() {
        return em.createNamedQuery(Meeting.ALL, Meeting.class).getResultStream()
                .filter(m -> m.status() == de.mitwirken.board.entity.MeetingStatus.HELD && m.quorum().reached())
                .map(m -> MeetingView.full(m, reads.memberNames(), Map.of(), Map.of())).toList();
    }

    /** Records the vote of a held, quorate meeting: at most the members present vote, an open vote names them. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public boolean recordVote(long recommendationId, long meetingId, VoteResult result) {
        Recommendation recommendation = lock(recommendationId);
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_READ);
        if (meeting == null) {
            throw InvalidInput.of("meeting", "board.error.vote.meeting");
        }
        Set<Long> present = meeting.invitations().stream().filter(Invitation::present).map(Invitation::memberId)
                .collect(Collectors.toSet());
        Set<Long> recused = em.createNamedQuery(Recusal.OF_RECOMMENDATION, Recusal.class)
                .setParameter("id", recommendationId).getResultStream().map(Recusal::memberId).collect(Collectors.toSet());
        boolean adopted = recommendation.recordVote(meeting, result, present, recused,
                recommendation.verifiedOnly() ? unverified(present) : Set.of(), caller(), clock.instant());
        audit.record("board.recommendation.vote", "board-recommendation", recommendationId, "vote recorded: "
                + result.yes() + " yes, " + result.no() + " no, " + result.abstain() + " abstain",
                Map.of("status", RecommendationStatus.DRAFT), Map.of("status", recommendation.status(), "meeting",
                        meetingId, "open", result.open()));
        return adopted;
    }

    /**
     * The office decides before the vote whether only verified members vote on a recommendation (issue #26,
     * {@link BoardPermissions#mayVoteOn}). Audited.
     */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void requireVerifiedVote(long recommendationId, boolean required) {
        Recommendation recommendation = lock(recommendationId);
        boolean before = recommendation.verifiedOnly();
        recommendation.requireVerifiedVote(required);
        if (before != required) {
            audit.record("board.recommendation.verifiedOnly", "board-recommendation", recommendationId,
                    required ? "vote by verified members only" : "vote by all members", Map.of("verifiedOnly", before),
                    Map.of("verifiedOnly", required));
        }
    }

    /** The members among these whose profile is not verified: they may not vote where only verified members vote. */
    private Set<Long> unverified(Set<Long> memberIds) {
        Map<Long, Long> profileOf = new java.util.HashMap<>();
        memberIds.forEach(id -> profileOf.put(id, em.find(de.mitwirken.board.entity.BoardMember.class, id).profileId()));
        Map<Long, IdentityFacade.PersonName> names = identity.names(profileOf.values());
        return memberIds.stream().filter(id -> {
            IdentityFacade.PersonName name = names.get(profileOf.get(id));
            return !BoardPermissions.mayVoteOn(true, name != null && name.verified());
        }).collect(Collectors.toSet());
    }

    /** An answer of the addressee moves the recommendation on. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void trackRecommendation(long recommendationId, RecommendationStatus next, LocalDate onDate,
                                    String answeredBy, String note) {
        Recommendation recommendation = lock(recommendationId);
        RecommendationStatus before = recommendation.status();
        Map<String, String> problems = recommendation.answerProblems(next, onDate, answeredBy, note, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // answerProblems refused a step the status does not allow already (as "status")
        recommendation.track(next, onDate, answeredBy, note, caller(), clock.instant());
        int told = tellFollowers(recommendation);
        audit.record("board.recommendation.track", "board-recommendation", recommendationId, "answer recorded: " + next
                + " (" + told + " followers told)", Map.of("status", before), Map.of("status", next, "answeredBy",
                answeredBy, "date", onDate, "followersTold", told));
    }

    /**
     * Each follower hears of the new status as they chose (a mail, a digest line, or nothing; never after their
     * account was deleted or their consent withdrawn: Notifier). Answers how many followers there are.
     */
    private int tellFollowers(Recommendation recommendation) {
        List<Long> followers = em.createNamedQuery(RecommendationFollow.FOLLOWERS, Long.class)
                .setParameter("recommendationId", recommendation.id()).getResultList();
        String link = renderer.base() + "/board/recommendation.xhtml?id=" + recommendation.id();
        for (long profileId : followers) {
            notifier.notify(profileId, STATUS_CHANGED, language -> Map.of("title", recommendation.title(),
                    "status", java.util.ResourceBundle.getBundle(MAILS, language.locale())
                            .getString("board.recommendation.status." + recommendation.status().name()),
                    "link", link), link);
        }
        return followers.size();
    }

    /** The office or the chair adds, replaces or (blank) removes the easy-to-read version of the text. */
    @RolesAllowed({BoardPermissions.OFFICE, BoardPermissions.CHAIR})
    public void writeInEasyLanguage(long recommendationId, String easyText) {
        Recommendation recommendation = lock(recommendationId);
        String before = recommendation.easyText();
        recommendation.writeInEasyLanguage(easyText);
        audit.record("board.recommendation.easyLanguage", "board-recommendation", recommendationId,
                recommendation.easyText() == null ? "easy-to-read version removed" : "easy-to-read version saved",
                mapOf("easyText", before), mapOf("easyText", recommendation.easyText()));
    }

    /**
     * Sets the council's response to a recommendation: a council paper (its id in the council capability, found by
     * the web tier through council.boundary.CouncilPapers); null removes it. Shown on the public recommendation page.
     */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void linkCouncilResponse(long recommendationId, Long councilPaperId) {
        Recommendation recommendation = lock(recommendationId);
        Long before = recommendation.answeredByCouncilPaper(councilPaperId);
        audit.record(councilPaperId == null ? "board.recommendation.councilPaper.unlink"
                        : "board.recommendation.councilPaper.link", "board-recommendation", recommendationId,
                councilPaperId == null ? "council response removed" : "council paper " + councilPaperId + " linked",
                mapOf("councilPaper", before), mapOf("councilPaper", councilPaperId));
    }

    /**
     * Notes which backlog item an adopted recommendation fed; the item page shows it once the item is
     * published.
     */
    @RolesAllowed(BoardPermissions.OFFICE)
    public void feedBacklogItem(long recommendationId, long itemId) {
        Recommendation recommendation = lock(recommendationId);
        try {
            backlog.detail(itemId);
        } catch (NotFoundException e) {
            throw InvalidInput.of("backlogItem", "board.error.feed.item");
        }
        feed(recommendation, itemId);
    }

    /**
     * Proposes a new backlog item from an adopted recommendation (its title and text, the office's fields,
     * department and horizon) and notes that the recommendation fed it, in one transaction.
     */
    @RolesAllowed(BoardPermissions.OFFICE)
    public long createBacklogItem(long recommendationId, Set<StrategyField> fields, String ownerDepartment,
                                  Horizon horizon) {
        Recommendation recommendation = lock(recommendationId);
        if (!recommendation.status().isTracked()) {
            throw new NotAllowed("board.error.feedNotAdopted");
        }
        String title = recommendation.title().length() > ItemDraft.TITLE_MAX
                ? recommendation.title().substring(0, ItemDraft.TITLE_MAX) : recommendation.title();
        ItemDraft draft = new ItemDraft(title, recommendation.body(), fields, ownerDepartment, horizon, null, null, Set.of());
        if (!draft.problems().isEmpty()) {
            throw new InvalidInput(draft.problems());
        }
        long itemId = backlog.createItem(draft);
        feed(recommendation, itemId);
        return itemId;
    }

    private void feed(Recommendation recommendation, long itemId) {
        Long before = recommendation.backlogItemId();
        recommendation.feed(itemId);
        audit.record("board.recommendation.feed", "board-recommendation", recommendation.id(), "fed backlog item " + itemId,
                mapOf("backlogItem", before), Map.of("backlogItem", itemId));
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private Recommendation find(long id) {
        return Rows.find(em, Recommendation.class, id);
    }

    private Recommendation lock(long id) {
        return Rows.lock(em, Recommendation.class, id);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
