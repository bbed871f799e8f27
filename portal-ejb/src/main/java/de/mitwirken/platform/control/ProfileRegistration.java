package de.mitwirken.platform.control;

import de.mitwirken.platform.entity.IdentityClaims;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Creates or refreshes a local profile in a transaction of its own (see IdentityFacade#signIn). */
@Stateless
public class ProfileRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public UserProfile register(IdentityClaims claims, Language visitorLanguage) {
        Optional<UserProfile> existing = find(claims.subject());
        if (existing.isPresent()) {
            existing.get().signedInAgain(claims, clock.instant());
            return existing.get();
        }
        UserProfile profile = UserProfile.firstSignIn(claims, visitorLanguage, clock.instant());
        em.persist(profile);
        em.flush(); // a parallel first sign-in of the same person fails here on the unique subject
        return profile;
    }

    public Optional<UserProfile> find(String subject) {
        return em.createNamedQuery(UserProfile.BY_SUBJECT, UserProfile.class)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }
}
