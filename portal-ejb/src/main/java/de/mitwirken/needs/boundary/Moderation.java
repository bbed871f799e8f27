package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.ModerationSettings;
import de.mitwirken.needs.control.NeedIndexer;
import de.mitwirken.needs.control.NeedNotifications;
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
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                Comment comment = em.find(Comment.class, flag.commentId());
                if (!comment.hidden()) {
                    comment.hide();
                    em.createNamedQuery(Need.COMMENTS_DOWN).setParameter(1, comment.needId()).executeUpdate();
                    ListingVersion.changedInBulk();
                }
            } else {
                need(flag.needId()).hide();
            }
        }
        audit.record("needs.flag.handle", flag.commentId() == null ? "need" : "comment",
                flag.commentId() == null ? flag.needId() : flag.commentId(),
                "report (" + flag.reason() + ") decided: " + resolution, null, Map.of("resolution", resolution));
    }

    public void block(long profileId, String reason) {
        if (em.find(ParticipationBlock.class, profileId) != null) {
            return;
        }
        em.persist(new ParticipationBlock(profileId, reason, moderator(), clock.instant()));
        audit.record("needs.block", "profile", profileId, "blocked: " + reason, Map.of("blocked", false),
                Map.of("blocked", true));
    }

    public void unblock(long profileId) {
        ParticipationBlock block = em.find(ParticipationBlock.class, profileId);
        if (block != null) {
            em.remove(block);
            audit.record("needs.unblock", "profile", profileId, "block lifted", Map.of("blocked", true),
                    Map.of("blocked", false));
        }
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

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
