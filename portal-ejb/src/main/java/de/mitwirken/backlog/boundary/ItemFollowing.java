package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.control.BacklogConfig;
import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.ItemFollow;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Rows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/** A signed-in person follows a published backlog item, or stops following it. */
@Stateless
@RolesAllowed(BacklogPermissions.FOLLOW)
public class ItemFollowing {

    @PersistenceContext
    EntityManager em;
    @Inject
    IdentityFacade identity;
    @Inject
    BacklogConfig config;
    @Inject
    Clock clock;

    public void followItem(String subject, long itemId) {
        publishedItem(itemId);
        em.createNamedQuery(ItemFollow.FOLLOW).setParameter(1, itemId).setParameter(2, identity.caller(subject).profileId())
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
    }

    public void unfollowItem(String subject, long itemId) {
        em.createNamedQuery(ItemFollow.UNFOLLOW).setParameter("itemId", itemId)
                .setParameter("profileId", identity.caller(subject).profileId()).executeUpdate();
    }

    public boolean isFollowing(String subject, long itemId) {
        return em.createNamedQuery(ItemFollow.IS_FOLLOWING, Long.class).setParameter("itemId", itemId)
                .setParameter("profileId", identity.caller(subject).profileId()).getSingleResult() > 0;
    }

    private void publishedItem(long itemId) {
        BacklogItem item = Rows.find(em, BacklogItem.class, itemId);
        if (!config.publishedStatuses().contains(item.status())) {
            throw new NotFoundException("backlog item " + itemId);
        }
    }
}
