package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.ConsentPurpose;
import de.mitwirken.platform.entity.ConsentRecord;
import de.mitwirken.platform.entity.DigestItem;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Notifications to people who follow something, as each of them chose: one mail per event, a line in the
 * daily digest, or nothing. Nobody whose account was deleted or who withdrew their consent is told. (Mails a person
 * must get, such as confirmation links, go to MailOutbox directly.)
 */
@Stateless
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    MailRenderer renderer;

    /**
     * Tells one person, as they chose. The template's bundle has key.subject and key.body for the mail and
     * key.digest for the line in the daily summary.
     *
     * @param link where the digest line points (may be null)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(long profileId, MailTemplate template, Map<String, String> values, String link) {
        notify(profileId, template, language -> values, link);
    }

    /** As above, for values that depend on the recipient's language (e.g. a translated status). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(long profileId, MailTemplate template, Function<Language, Map<String, String>> valuesIn,
                       String link) {
        UserProfile profile = em.find(UserProfile.class, profileId);
        if (profile == null || profile.isDeleted() || profile.email() == null || withdrewConsent(profileId)) {
            return;
        }
        switch (profile.mailMode()) {
            case EVENT -> outbox.enqueue(MailRequest.of(profile.email(), profile.language(), template,
                    valuesIn.apply(profile.language())));
            case DIGEST -> em.persist(new DigestItem(profileId,
                    renderer.line(template, ".digest", profile.language(), valuesIn.apply(profile.language())), link,
                    clock.instant()));
            case NONE -> { }
        }
    }

    /**
     * Whether the person gave their consent to the privacy policy and withdrew it (every record withdrawn): they hear
     * nothing more. (Everyone who takes part consented first; profiles without any record are older than consents.)
     */
    public boolean withdrewConsent(long profileId) {
        Object[] counts = em.createNamedQuery(ConsentRecord.STANDING, Object[].class).setParameter("profileId", profileId)
                .setParameter("purpose", ConsentPurpose.PRIVACY_POLICY).getSingleResult();
        long records = counts[0] == null ? 0 : ((Number) counts[0]).longValue();
        long standing = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return records > 0 && standing == 0;
    }
}
