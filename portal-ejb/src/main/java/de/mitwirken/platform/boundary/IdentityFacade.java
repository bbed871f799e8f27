package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.ProfileRegistration;
import de.mitwirken.platform.entity.IdentityClaims;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.MailMode;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Identity use cases: signing in (local profile), language preference. */
@Stateless
public class IdentityFacade {

    @EJB
    ProfileRegistration registration;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

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

    /**
     * The signed-in caller's profile, after checking that the subject the web tier passes really belongs
     * to the caller (the principal of this call). Capabilities use it for every "on my behalf" use case.
     */
    public SignedInUser caller(String subject) {
        UserProfile profile = registration.find(subject).orElseThrow(() -> new NotFoundException("profile"));
        Principal principal = session.getCallerPrincipal();
        if (profile.isDeleted() || principal == null || !profile.username().equals(principal.getName())) {
            throw new EJBAccessException("not the signed-in person");
        }
        return SignedInUser.of(profile);
    }

    /** Display names for authors shown on a page, in one query; deleted people become "former participant". */
    public Map<Long, PersonName> names(Collection<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PersonName> names = new HashMap<>();
        em.createNamedQuery(UserProfile.BY_IDS, UserProfile.class).setParameter("ids", Set.copyOf(profileIds))
                .getResultList().forEach(p -> names.put(p.id(), new PersonName(p.displayName(), p.isDeleted(), p.isVerified())));
        return names;
    }

    /** How a person appears next to their contributions; staff pages mark verified people (issue #26). */
    public record PersonName(String displayName, boolean former, boolean verified) implements java.io.Serializable {
    }

    /** The Keycloak subject of a profile, for role changes decided about that person. */
    public String subjectOf(long profileId) {
        UserProfile profile = Rows.find(em, UserProfile.class, profileId);
        return profile.subject();
    }

    public long profileCount() {
        return em.createNamedQuery(UserProfile.COUNT_ALL, Long.class).getSingleResult();
    }
}
