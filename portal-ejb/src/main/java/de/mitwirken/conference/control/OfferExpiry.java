package de.mitwirken.conference.control;

import de.mitwirken.conference.entity.Choice;
import de.mitwirken.conference.entity.Registration;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** One transaction per conference for the expiry job (a failure in one does not hold up the others). */
@Stateless
public class OfferExpiry {

    @PersistenceContext
    EntityManager em;
    @Inject
    Seating seating;

    /** The conferences with something to end by {@code now}. */
    public List<Long> due(Instant now) {
        TreeSet<Long> ids = new TreeSet<>(em.createNamedQuery(Registration.DUE, Long.class)
                .setParameter("now", now).getResultList());
        ids.addAll(em.createNamedQuery(Choice.OFFERS_DUE, Long.class).setParameter("now", now).getResultList());
        return List.copyOf(ids);
    }

    /** Ends what ran out by {@code now} in one conference (the job passes the clock's time). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expire(long conferenceId, Instant now) {
        return seating.expireDue(conferenceId, now);
    }
}
