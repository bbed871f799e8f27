package de.mitwirken.conference.boundary;

import de.mitwirken.conference.control.TicketKeys;
import de.mitwirken.conference.entity.Registration;
import de.mitwirken.platform.boundary.IdentityFacade;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds the registration a {@link Holder} may act on: by a valid personal token, or as the signed-in owner.
 * Anything else is "not found", so a wrong token reveals nothing about which registrations exist.
 */
@ApplicationScoped
class RegistrationAccess {

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketKeys keys;
    @Inject
    IdentityFacade identity;

    Long idOf(Holder holder) {
        Long id = holder.byToken() ? keys.idOf(holder.token()).stream().boxed().findFirst().orElse(null)
                : holder.registrationId();
        if (id == null) {
            throw new NotFoundException("Registration");
        }
        return id;
    }

    Registration resolve(Holder holder) {
        Registration r = em.find(Registration.class, idOf(holder));
        if (r == null) {
            throw new NotFoundException("Registration");
        }
        if (holder.byToken()) {
            if (!keys.isPersonalTokenOf(holder.token(), r)) {
                throw new NotFoundException("Registration");
            }
            return r;
        }
        SignedInUser me = identity.caller(holder.subject());
        if (r.profileId() == null || r.profileId() != me.profileId()) {
            throw new NotFoundException("Registration " + r.id());
        }
        return r;
    }
}
