package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.DigestItem;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/**
 * Notifications to people who follow something, as each of them chose: one mail per event, a line in the
 * daily digest, or nothing. (Mails a person must get, such as confirmation links, go to MailOutbox directly.)
 */
@Stateless
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /**
     * @param digestLine the one-line summary for the digest, already in the person's language
     * @param link       where the digest line points (may be null)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(long profileId, MailTemplate template, Map<String, String> values, String digestLine,
                       String link) {
        UserProfile profile = em.find(UserProfile.class, profileId);
        if (profile == null || profile.isDeleted() || profile.email() == null) {
            return;
        }
        switch (profile.mailMode()) {
            case EVENT -> outbox.enqueue(MailRequest.of(profile.email(), profile.language(), template, values));
            case DIGEST -> em.persist(new DigestItem(profileId, digestLine, link, clock.instant()));
            case NONE -> { }
        }
    }
}
