package de.mitwirken.needs.boundary;

import de.mitwirken.needs.control.NeedNotifications;
import de.mitwirken.needs.control.ParticipationGuard;
import de.mitwirken.needs.entity.ListingVersion;
import de.mitwirken.needs.entity.Comment;
import de.mitwirken.needs.entity.Flag;
import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.needs.entity.Follow;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.Support;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What signed-in people do with public needs: support (one per person, exact counts under parallel
 * clicks), comment and reply, edit a comment within 15 minutes, flag, follow and unfollow.
 */
@Stateless
@RolesAllowed(NeedsPermissions.PARTICIPATE)
public class Participation {

    /** Observed after commit by capabilities that build on supports (the backlog's ranking); never waits for them. */
    @Inject
    Event<NeedSupportChanged> supportChanged;

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    ParticipationGuard guard;

    @Inject
    NeedNotifications notifications;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The signed-in person's relation to a need, for its page. */
    public record MyState(boolean supported, boolean following, boolean author, BlockNotice block) implements Serializable {

        public boolean blocked() {
            return block != null;
        }
    }

    /**
     * Supports a need. The primary key of need_support refuses a second support of the same person; the
     * counter is incremented only when the row was inserted, in the same transaction: exact under a rush.
     *
     * @return true if this call added the support, false if it existed already
     */
    public boolean support(String subject, long needId) {
        SignedInUser me = participant(subject);
        Need need = lockedPublicNeed(needId);
        if (need.isAuthoredBy(me.profileId())) {
            throw new NotAllowed("needs.error.ownNeed");
        }
        int added = em.createNamedQuery(Support.ADD).setParameter(1, needId).setParameter(2, me.profileId())
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, me.verified()).executeUpdate();
        if (added == 1) {
            em.createNamedQuery(me.verified() ? Support.COUNT_UP_VERIFIED : Support.COUNT_UP).setParameter(1, needId)
                    .executeUpdate();
            ListingVersion.changedInBulk();
            followByDefault(needId, me.profileId());
            supportChanged.fire(new NeedSupportChanged(needId));
        }
        return added == 1;
    }

    /** @return true if a support was withdrawn */
    public boolean withdrawSupport(String subject, long needId) {
        SignedInUser me = identity.caller(subject);
        em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE); // lock order as in support()
        // the row says whether it was counted as verified (the person's level may have changed since)
        boolean verified = em.createNamedQuery(Support.REMOVE_VERIFIED).setParameter(1, needId)
                .setParameter(2, me.profileId()).executeUpdate() == 1;
        int removed = verified ? 1 : em.createNamedQuery(Support.REMOVE).setParameter(1, needId)
                .setParameter(2, me.profileId()).executeUpdate();
        if (removed == 1) {
            em.createNamedQuery(verified ? Support.COUNT_DOWN_VERIFIED : Support.COUNT_DOWN).setParameter(1, needId)
                    .executeUpdate();
            ListingVersion.changedInBulk();
            supportChanged.fire(new NeedSupportChanged(needId));
        }
        return removed == 1;
    }

    public long comment(String subject, long needId, String body) {
        SignedInUser me = participant(subject);
        Need need = lockedPublicNeed(needId);
        Comment comment = save(() -> Comment.on(need, me.profileId(), body, official(), clock.instant()));
        afterComment(need, me, comment);
        return comment.id();
    }

    public long reply(String subject, long commentId, String body) {
        SignedInUser me = participant(subject);
        Comment parent = Rows.find(em, Comment.class, commentId);
        Need need = lockedPublicNeed(parent.needId());
        Comment reply = save(() -> parent.reply(me.profileId(), body, official(), clock.instant()));
        afterComment(need, me, reply);
        return reply.id();
    }

    /** The author corrects their comment within 15 minutes of writing it. */
    public void editComment(String subject, long commentId, String body) {
        SignedInUser me = identity.caller(subject);
        Comment comment = Rows.lock(em, Comment.class, commentId);
        if (!comment.isEditableBy(me.profileId(), clock.instant())) {
            throw new NotAllowed("needs.error.editWindow");
        }
        comment.edit(me.profileId(), body, clock.instant());
    }

    public void flagNeed(String subject, long needId, FlagReason reason, String note) {
        SignedInUser me = participant(subject);
        publicNeed(needId);
        requireReason(reason);
        em.persist(new Flag(needId, null, me.profileId(), reason, note, clock.instant()));
    }

    public void flagComment(String subject, long commentId, FlagReason reason, String note) {
        SignedInUser me = participant(subject);
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.hidden()) {
            throw new NotFoundException("comment " + commentId);
        }
        publicNeed(comment.needId());
        requireReason(reason);
        em.persist(new Flag(comment.needId(), commentId, me.profileId(), reason, note, clock.instant()));
    }

    public void follow(String subject, long needId) {
        choose(subject, needId, true);
    }

    public void unfollow(String subject, long needId) {
        choose(subject, needId, false);
    }

    public MyState myState(String subject, long needId) {
        SignedInUser me = identity.caller(subject);
        Need need = em.find(Need.class, needId);
        long supported = em.createNamedQuery(Support.EXISTS, Long.class).setParameter("needId", needId)
                .setParameter("profileId", me.profileId()).getSingleResult();
        long following = em.createNamedQuery(Follow.IS_FOLLOWING, Long.class).setParameter("needId", needId)
                .setParameter("profileId", me.profileId()).getSingleResult();
        return new MyState(supported > 0, following > 0, need != null && need.isAuthoredBy(me.profileId()),
                guard.currentBlock(me.profileId()).map(BlockNotice::of).orElse(null));
    }

    /** Which of the comments on a page the signed-in person may still edit. */
    public List<Long> editableComments(String subject, List<Long> commentIds) {
        SignedInUser me = identity.caller(subject);
        Instant now = clock.instant();
        return commentIds.stream().filter(id -> {
            Comment c = em.find(Comment.class, id);
            return c != null && c.isEditableBy(me.profileId(), now);
        }).toList();
    }

    private void choose(String subject, long needId, boolean active) {
        SignedInUser me = identity.caller(subject);
        publicNeed(needId);
        em.createNamedQuery(Follow.CHOOSE).setParameter(1, needId).setParameter(2, me.profileId())
                .setParameter(3, active).executeUpdate();
    }

    private void afterComment(Need need, SignedInUser me, Comment comment) {
        em.createNamedQuery(Need.COMMENTS_UP).setParameter(1, need.id()).executeUpdate();
        ListingVersion.changedInBulk();
        followByDefault(need.id(), me.profileId());
        notifications.commented(need, me.profileId(), me.displayName(), comment.body());
    }

    private Comment save(java.util.function.Supplier<Comment> create) {
        Comment comment = create.get();
        em.persist(comment);
        em.flush();
        return comment;
    }

    private void followByDefault(long needId, long profileId) {
        em.createNamedQuery(Follow.BY_DEFAULT).setParameter(1, needId).setParameter(2, profileId).executeUpdate();
    }

    private SignedInUser participant(String subject) {
        SignedInUser me = identity.caller(subject);
        guard.requireNotBlocked(me.profileId());
        return me;
    }

    private Need publicNeed(long needId) {
        return participating(em.find(Need.class, needId), needId);
    }

    /**
     * The need, locked for this transaction, before a row that refers to it is inserted and its counter
     * raised. Inserting first takes a shared lock on the need (foreign key check) that the counter's update
     * must upgrade: two people at once deadlocked and one click was lost. Locking first queues them instead.
     */
    private Need lockedPublicNeed(long needId) {
        return participating(em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE), needId);
    }

    private static Need participating(Need need, long needId) {
        if (need == null || !need.acceptsParticipation()) {
            throw new NotFoundException("need " + needId);
        }
        return need;
    }

    private boolean official() {
        return NeedsPermissions.commentsOfficially(session::isCallerInRole);
    }

    private static void requireReason(FlagReason reason) {
        if (reason == null) {
            throw InvalidInput.of("reason", "needs.error.flagReason");
        }
    }


}
