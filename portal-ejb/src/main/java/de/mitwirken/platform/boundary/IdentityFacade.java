package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.ProfileRegistration;
import de.mitwirken.platform.entity.IdentityClaims;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.MailMode;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Identity use cases: signing in (local profile), language preference. */
@Stateless
public class IdentityFacade {

    @EJB
    ProfileRegistration registration;

    @PersistenceContext
    EntityManager em;

    /**
     * A person signed in through Keycloak: create their profile on the first sign-in, refresh it later.
     * Runs without a transaction of its own so that a lost race of two parallel first sign-ins
     * (two browser tabs) can simply be retried: the second attempt finds the profile the first created.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedInUser signIn(IdentityClaims claims, Language visitorLanguage) {
        try {
            return SignedInUser.of(registration.register(claims, visitorLanguage));
        } catch (EJBException lostRace) {
            return SignedInUser.of(registration.register(claims, visitorLanguage));
        }
    }

    public void changeLanguage(String subject, Language language) {
        registration.find(subject).ifPresent(profile -> profile.preferLanguage(language));
    }

    /** The person chooses how they hear about what they follow: per event, daily digest, or not at all. */
    public void chooseMailMode(String subject, MailMode mode) {
        registration.find(subject).orElseThrow(() -> new NotFoundException("profile")).chooseMailMode(mode);
    }

    public Optional<MailMode> mailMode(String subject) {
        return registration.find(subject).map(UserProfile::mailMode);
    }

    public Optional<SignedInUser> profile(String subject) {
        return registration.find(subject).map(SignedInUser::of);
    }

    public long profileCount() {
        return em.createNamedQuery(UserProfile.COUNT_ALL, Long.class).getSingleResult();
    }
}
