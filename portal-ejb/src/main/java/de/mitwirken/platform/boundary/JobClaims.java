package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.JobSlots;
import de.mitwirken.platform.control.NodeIdentity;
import de.mitwirken.platform.entity.JobClaim;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Lets exactly one node of the cluster run a scheduled job in a slot (issue #27). Every node's timer fires; the
 * job asks here first and does its work only when the answer is true. The insert of the slot's row decides
 * (primary key job + slot), committed in a transaction of its own before the work starts, so a node that fails
 * during the work does not hand the slot to another: the next slot does the work. The claims of rows the jobs
 * make (outbox, digest locks, leases) stay as a second line.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeIdentity node;

    @Inject
    Clock clock;

    /** True for exactly one node per job and slot start. */
    public boolean claim(String job, Instant slotStart) {
        int inserted = em.createNamedQuery(JobClaim.CLAIM)
                .setParameter(1, job)
                .setParameter(2, LocalDateTime.ofInstant(slotStart, ZoneOffset.UTC))
                .setParameter(3, node.name())
                .setParameter(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        LOG.finer(() -> job + " " + slotStart + (inserted == 1 ? ": claimed by " : ": not for ") + node.name());
        return inserted == 1;
    }

    /** The slot of an interval job that holds now. */
    public boolean claimInterval(String job, Duration interval) {
        return claim(job, JobSlots.intervalSlot(clock.instant(), interval));
    }

    /**
     * When an interval timer of the job should first fire: mid-slot ({@link JobSlots#firstTick}), so the nodes'
     * ticks name the same slots.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Date firstTick(Duration interval) {
        return Date.from(JobSlots.firstTick(clock.instant(), interval));
    }

    /** Today's (or the nearest day's) run of a daily job at the given hour. */
    public boolean claimDaily(String job, int hour, ZoneId zone) {
        return claim(job, JobSlots.dailySlot(clock.instant(), hour, zone));
    }
}
