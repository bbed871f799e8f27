package de.mitwirken.platform.control;

import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.entity.DigestItem;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the daily digests: per person one mail with all waiting lines. Each person's digest is built in
 * a transaction of its own that locks their waiting lines, so two nodes never send a line twice.
 */
@Stateless
public class DigestJob {

    static final MailTemplate DIGEST = new MailTemplate("de.mitwirken.platform.mails", "platform.digest");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    DigestJob self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendAll() {
        List<Long> profiles = em.createNamedQuery(DigestItem.PROFILES_WAITING, Long.class).getResultList();
        int sent = 0;
        for (Long profileId : profiles) {
            sent += self.sendDigestOf(profileId) ? 1 : 0;
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendDigestOf(long profileId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(DigestItem.LOCK_OF_PROFILE).setParameter(1, profileId).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        List<DigestItem> items = ids.stream().map(id -> em.find(DigestItem.class, id.longValue())).toList();
        UserProfile profile = em.find(UserProfile.class, profileId);
        if (profile != null && !profile.isDeleted() && profile.email() != null) {
            String lines = items.stream()
                    .map(i -> "• " + i.line() + (i.link() == null ? "" : "\n  " + i.link()))
                    .collect(Collectors.joining("\n\n"));
            outbox.enqueue(MailRequest.of(profile.email(), profile.language(), DIGEST,
                    Map.of("name", profile.displayName(), "count", String.valueOf(items.size()), "items", lines)));
        }
        items.forEach(em::remove);
        return true;
    }
}
