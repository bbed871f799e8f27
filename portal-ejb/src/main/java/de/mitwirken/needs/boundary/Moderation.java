package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.ModerationSettings;
import de.mitwirken.needs.control.NeedIndexer;
import de.mitwirken.needs.control.NeedNotifications;
import de.mitwirken.needs.control.ParticipationGuard;
import de.mitwirken.needs.entity.ListingVersion;
import de.mitwirken.needs.entity.Answer;
import de.mitwirken.needs.entity.Comment;
import de.mitwirken.needs.entity.Flag;
import de.mitwirken.needs.entity.ModerationMode;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedCluster;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moderators' work on needs: the queue, publishing, rejecting with a reason, correcting typos
 * (visibly), hiding, reports, blocking people, clusters and official answers. Every change is audited
 * with the state before and after.
 */
@Stateless
@RolesAllowed(NeedsPermissions.MODERATE)
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    NeedNotifications notifications;

    @Inject
    ModerationSettings settings;

    @Inject
    ParticipationGuard guard;

    @Inject
    IdentityFacade identity;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A report waiting for a decision. */
    public record FlagView(long id, long needId, Long commentId, String needTitle, String commentBody, String reason,
                           String note, Instant createdAt) implements Serializable {
    }

    /** The queue: needs waiting for moderation and open reports. */
    public record Queue(List<NeedSummary> waiting, List<FlagView> flags, ModerationMode mode) implements Serializable {
    }

    public Queue queue() {
        return queue(QueueFilter.ALL);
    }

    /** The queue narrowed to what a moderator chose; oldest first, so nothing waits forever. */
    public Queue queue(QueueFilter filter) {
        List<NeedSummary> waiting = em.createNamedQuery(Need.QUEUE, Need.class)
                .setParameter("statuses", filter.statuses())
                .setParameter("field", filter.field())
                .setParameter("submitterType", filter.submitterType())
                .setMaxResults(500).getResultStream().map(PublicNeeds::summary).toList();
        List<FlagView> flags = em.createNamedQuery(Flag.OPEN, Flag.class)
                .setParameter("reason", filter.reason())
                .setParameter("about", filter.reported() == null ? "ALL" : filter.reported().name())
                .setMaxResults(500).getResultStream()
                .map(f -> {
                    Need need = em.find(Need.class, f.needId());
                    Comment comment = f.commentId() == null ? null : em.find(Comment.class, f.commentId());
                    return new FlagView(f.id(), f.needId(), f.commentId(), need.title(),
                            comment == null ? null : comment.body(), f.reason().name(), f.note(), f.createdAt());
                }).toList();
        return new Queue(waiting, flags, settings.mode());
    }

    public void startReview(long needId) {
        Need need = need(needId);
        Map<String, Object> before = state(need);
        need.startReview(clock.instant());
        audit.record("needs.review", "need", needId, "review started: " + need.title(), before, state(need));
    }

    public void publish(long needId) {
        Need need = need(needId);
        Map<String, Object> before = state(need);
        need.publish(clock.instant());
        notifications.published(need);
        audit.record("needs.publish", "need", needId, "published: " + need.title(), before, state(need));
    }

    public void reject(long needId, String reason) {
        Need need = need(needId);
        Map<String, Object> before = state(need);
        need.reject(reason, clock.instant());
        notifications.rejected(need);
        audit.record("needs.reject", "need", needId, "rejected: " + need.title(), before, state(need));
    }

    /** Corrects typos; the need then shows "edited by moderation". */
    public void correct(long needId, String title, String description) {
        Need need = need(needId);
        Map<String, Object> before = Map.of("title", need.title(), "description", need.description());
        need.correctByModeration(title, description, clock.instant());
        need.indexAs(NeedIndexer.termsOf(need));
        audit.record("needs.correct", "need", needId, "text corrected", before,
                Map.of("title", need.title(), "description", need.description()));
    }

    public void hide(long needId) {
        Need need = need(needId);
        need.hide();
        audit.record("needs.hide", "need", needId, "hidden: " + need.title(), Map.of("hidden", false), Map.of("hidden", true));
    }

    public void unhide(long needId) {
        Need need = need(needId);
        need.unhide();
        audit.record("needs.unhide", "need", needId, "shown again: " + need.title(), Map.of("hidden", true),
                Map.of("hidden", false));
    }

    /** Decides a report: hide what was reported, or keep it. */
    public void handleFlag(long flagId, Flag.Resolution resolution) {
        Flag flag = Rows.lock(em, Flag.class, flagId);
        flag.handle(resolution, moderator(), clock.instant());
        if (resolution == Flag.Resolution.HIDDEN) {
            if (flag.commentId() != null) {
                Comment comment = Rows.lock(em, Comment.class, flag.commentId());
                if (comment.hide("report: " + flag.reason(), moderator(), clock.instant())) {
                    commentsChanged(comment.needId(), Need.COMMENTS_DOWN);
                }
            } else {
                need(flag.needId()).hide();
            }
        }
        audit.record("needs.flag.handle", flag.commentId() == null ? "need" : "comment",
                flag.commentId() == null ? flag.needId() : flag.commentId(),
                "report (" + flag.reason() + ") decided: " + resolution, null, Map.of("resolution", resolution));
    }

    /** A comment as the moderators see it: hidden ones too, with who hid it and why. */
    public record ModeratedComment(long id, Long parentId, Long authorId, String authorName, boolean official,
                                   String body, Instant createdAt, boolean hidden, String hiddenReason, String hiddenBy,
                                   Instant hiddenAt) implements Serializable {
    }

    /** Someone who took part in a need (its author or a commenter), with the block that applies to them now. */
    public record Participant(long profileId, String name, boolean author, BlockNotice block, boolean verified)
            implements Serializable {

        public boolean blocked() {
            return block != null;
        }
    }

    /** A block in the moderators' list. */
    public record BlockRow(long id, long profileId, String name, String username, String reason, Instant blockedAt,
                           String blockedBy, java.time.LocalDate lastDay, ParticipationBlock.State state,
                           Instant liftedAt, String liftedBy, String liftNote) implements Serializable {

        public boolean forGood() {
            return lastDay == null;
        }
    }

    /** One page of blocks, how many there are in all, and who has blocked anyone (for the filter). */
    public record BlockList(List<BlockRow> rows, long total, int page, List<String> blockers) implements Serializable {

        public int pages() {
            return (int) Math.max(1, (total + BlockFilter.PAGE_SIZE - 1) / BlockFilter.PAGE_SIZE);
        }
    }

    /** Every comment of a need, hidden ones included. */
    public List<ModeratedComment> comments(long needId) {
        List<Comment> comments = em.createNamedQuery(Comment.ALL_OF_NEED, Comment.class).setParameter("needId", needId)
                .getResultList();
        Map<Long, IdentityFacade.PersonName> names = identity.names(comments.stream().map(Comment::authorId)
                .collect(Collectors.toSet()));
        return comments.stream().map(c -> new ModeratedComment(c.id(), c.parentId(), c.authorId(),
                nameOf(names, c.authorId()), c.official(), c.body(), c.createdAt(), c.hidden(), c.hiddenReason(),
                c.hiddenBy(), c.hiddenAt())).toList();
    }

    /** The need's author (with an account) and its commenters, each once, with their current block. */
    public List<Participant> participants(long needId) {
        Need need = Rows.find(em, Need.class, needId);
        Set<Long> people = new LinkedHashSet<>();
        if (need.authorId() != null) {
            people.add(need.authorId());
        }
        em.createNamedQuery(Comment.ALL_OF_NEED, Comment.class).setParameter("needId", needId).getResultList()
                .forEach(c -> people.add(c.authorId()));
        Map<Long, IdentityFacade.PersonName> names = identity.names(people);
        return people.stream().map(id -> new Participant(id, nameOf(names, id), need.isAuthoredBy(id),
                guard.currentBlock(id).map(BlockNotice::of).orElse(null),
                names.containsKey(id) && names.get(id).verified())).toList();
    }

    /** Hides a comment from the public with a reason; its need's comment count follows. */
    public void hideComment(long commentId, String reason) {
        Comment comment = Rows.lock(em, Comment.class, commentId);
        if (comment.hide(reason, moderator(), clock.instant())) {
            commentsChanged(comment.needId(), Need.COMMENTS_DOWN);
            audit.record("needs.comment.hide", "comment", commentId, "comment hidden: " + comment.hiddenReason(),
                    Map.of("hidden", false), Map.of("hidden", true, "reason", comment.hiddenReason(),
                            "author", comment.authorId(), "need", comment.needId()));
        }
    }

    /** Shows a hidden comment again; the note says why (optional). */
    public void restoreComment(long commentId, String note) {
        Comment comment = Rows.lock(em, Comment.class, commentId);
        String reasonBefore = comment.hiddenReason();
        if (comment.restore()) {
            commentsChanged(comment.needId(), Need.COMMENTS_UP);
            String clean = CleanText.line(note);
            audit.record("needs.comment.restore", "comment", commentId, "comment shown again"
                    + (clean.isEmpty() ? "" : ": " + clean), mapOf("hidden", true, "reason", reasonBefore),
                    mapOf("hidden", false, "note", clean.isEmpty() ? null : clean, "author", comment.authorId()));
        }
    }

    /**
     * Blocks a person (the author of a need or of a comment) until the end of lastDay, or for good (null), with a
     * reason they are told by mail. A person who is blocked already is refused: lift first, then block anew.
     *
     * @return the block's id
     */
    public long block(long profileId, String reason, java.time.LocalDate lastDay) {
        Rows.lock(em, UserProfile.class, profileId); // two moderators blocking the same person at once: one after the other
        if (guard.isBlocked(profileId)) {
            throw new NotAllowed("moderation.block.already");
        }
        ParticipationBlock block = new ParticipationBlock(profileId, reason, lastDay, moderator(), clock.instant());
        em.persist(block);
        em.flush();
        notifications.blocked(block);
        audit.record("needs.block", "profile", profileId, "blocked " + (block.forGood() ? "for good" : "until "
                + block.lastDay()) + ": " + block.reason(), Map.of("blocked", false), mapOf("blocked", true,
                "block", block.id(), "reason", block.reason(), "lastDay", block.lastDay()));
        return block.id();
    }

    /** Lifts a block that still applies, with a note the person is told. */
    @RolesAllowed({NeedsPermissions.MODERATE, NeedsPermissions.BLOCKS})
    public void lift(long blockId, String note) {
        ParticipationBlock block = Rows.lock(em, ParticipationBlock.class, blockId);
        block.lift(note, moderator(), clock.instant());
        notifications.unblocked(block);
        audit.record("needs.unblock", "profile", block.profileId(), "block lifted: " + block.liftNote(),
                mapOf("blocked", true, "block", blockId), mapOf("blocked", false, "note", block.liftNote()));
    }

    /** The moderators' list of blocks, newest first, one page at a time. */
    @RolesAllowed({NeedsPermissions.MODERATE, NeedsPermissions.BLOCKS})
    public BlockList blocks(BlockFilter filter) {
        Instant now = clock.instant();
        List<ParticipationBlock> blocks = narrowed(em.createNamedQuery(ParticipationBlock.LIST, ParticipationBlock.class),
                filter, now).setFirstResult(filter.page() * BlockFilter.PAGE_SIZE).setMaxResults(BlockFilter.PAGE_SIZE)
                .getResultList();
        long total = narrowed(em.createNamedQuery(ParticipationBlock.LIST_COUNT, Long.class), filter, now).getSingleResult();
        Map<Long, UserProfile> people = new HashMap<>();
        Set<Long> ids = blocks.stream().map(ParticipationBlock::profileId).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            em.createNamedQuery(UserProfile.BY_IDS, UserProfile.class).setParameter("ids", ids).getResultList()
                    .forEach(p -> people.put(p.id(), p));
        }
        List<BlockRow> rows = blocks.stream().map(b -> {
            UserProfile p = people.get(b.profileId());
            boolean former = p == null || p.isDeleted();
            return new BlockRow(b.id(), b.profileId(), former ? null : p.displayName(), former ? null : p.username(),
                    b.reason(), b.blockedAt(), b.blockedBy(), b.lastDay(), b.state(now), b.liftedAt(), b.liftedBy(),
                    b.liftNote());
        }).toList();
        List<String> blockers = em.createNamedQuery(ParticipationBlock.BLOCKERS, String.class).getResultList();
        return new BlockList(rows, total, filter.page(), blockers);
    }

    private static <T> TypedQuery<T> narrowed(TypedQuery<T> query, BlockFilter filter, Instant now) {
        return query.setParameter("state", filter.stateParameter()).setParameter("kind", filter.kindParameter())
                .setParameter("blockedBy", filter.blockedBy()).setParameter("name", filter.namePattern())
                .setParameter("now", now);
    }

    private void commentsChanged(long needId, String counterQuery) {
        em.createNamedQuery(counterQuery).setParameter(1, needId).executeUpdate();
        ListingVersion.changedInBulk();
    }

    private static String nameOf(Map<Long, IdentityFacade.PersonName> names, Long profileId) {
        IdentityFacade.PersonName name = profileId == null ? null : names.get(profileId);
        return name == null || name.former() ? null : name.displayName();
    }

    /** Groups similar needs; every need keeps its text, author and supporters. */
    public long createCluster(String title, String summary, List<Long> needIds) {
        NeedCluster cluster = new NeedCluster(title, summary, moderator(), clock.instant());
        em.persist(cluster);
        em.flush();
        for (Long needId : needIds) {
            join(cluster, needId);
        }
        audit.record("needs.cluster.create", "cluster", cluster.id(), "cluster created: " + cluster.title(), null,
                Map.of("title", cluster.title(), "needs", needIds));
        return cluster.id();
    }

    public void addToCluster(long clusterId, long needId) {
        NeedCluster cluster = Rows.find(em, NeedCluster.class, clusterId);
        join(cluster, needId);
        audit.record("needs.cluster.add", "need", needId, "added to cluster " + cluster.title(), null,
                Map.of("cluster", clusterId));
    }

    public void removeFromCluster(long needId) {
        Need need = need(needId);
        Long before = need.cluster() == null ? null : need.cluster().id();
        need.leaveCluster();
        audit.record("needs.cluster.remove", "need", needId, "removed from cluster", mapOf("cluster", before),
                mapOf("cluster", null));
    }

    /** The official answer; followers and a guest submitter are told. */
    @RolesAllowed({NeedsPermissions.MODERATE, NeedsPermissions.ANSWER})
    public void answer(long needId, Answer answer) {
        if (!answer.problems().isEmpty()) {
            throw new InvalidInput(answer.problems());
        }
        Need need = need(needId);
        if (need.status() == NeedStatus.ANSWERED && answer.sameOfficialAnswer(need.outcome(), need.answerText(),
                need.answerDepartment(), need.outcomeReason())) {
            // only the easy-to-read version changes: the answer keeps its date, followers get no new mail
            answerInEasyLanguage(need, answer.easyText());
            return;
        }
        Map<String, Object> before = state(need);
        need.answer(answer, moderator(), clock.instant());
        notifications.answered(need);
        Map<String, Object> after = state(need);
        after.put("answer", need.answerText());
        after.put("answerEasyText", need.answerEasyText());
        audit.record("needs.answer", "need", needId, "answered (" + answer.outcome() + "): " + need.title(), before, after);
    }

    private void answerInEasyLanguage(Need need, String easyText) {
        String before = need.answerEasyText();
        need.answerInEasyLanguage(easyText);
        if (java.util.Objects.equals(before, need.answerEasyText())) {
            return; // the same answer sent again: nothing changed, nothing to record
        }
        audit.record("needs.answer.easyLanguage", "need", need.id(), (need.answerEasyText() == null
                ? "easy-to-read answer removed: " : "easy-to-read answer saved: ") + need.title(),
                mapOf("answerEasyText", before), mapOf("answerEasyText", need.answerEasyText()));
    }

    @RolesAllowed({NeedsPermissions.MODERATE, NeedsPermissions.MODERATION_MODE})
    public ModerationMode moderationMode() {
        return settings.mode();
    }

    /** Pre- or post-moderation: the administrators' switch (audited through the settings). */
    @RolesAllowed(NeedsPermissions.MODERATION_MODE)
    public void changeModerationMode(ModerationMode mode) {
        settings.change(mode);
    }

    private void join(NeedCluster cluster, long needId) {
        Need need = need(needId);
        boolean already = need.cluster() != null && need.cluster().id().equals(cluster.id());
        need.joinCluster(cluster);
        if (!already) {
            notifications.clustered(need, cluster);
        }
    }

    private Need need(long id) {
        return Rows.lock(em, Need.class, id);
    }

    private String moderator() {
        return session.getCallerPrincipal().getName();
    }

    private static Map<String, Object> state(Need need) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", need.status());
        state.put("hidden", need.hidden());
        state.put("outcome", need.outcome());
        return state;
    }

    /** A map that, unlike Map.of, takes null values (the audit shows them as empty). */
    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
