package de.mitwirken.board.control;

import de.mitwirken.board.entity.BoardMember;
import de.mitwirken.board.entity.Invitation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The board's reminders (issue #24): members who have not answered an invitation are asked again some days
 * before the meeting (setting portal.board.answer-reminder-days, default 5; only if the invitation is older than
 * a day), and those who accepted get the agenda and the documents the day before. Each is claimed by a
 * conditional update, so it goes out once however many nodes run the job.
 */
@Stateless
public class BoardReminders {

    @PersistenceContext
    EntityManager em;
    @Inject
    BoardNotifications notifications;
    @Inject
    @ConfigProperty(name = "portal.board.answer-reminder-days", defaultValue = "5")
    int answerReminderDays;

    /** Queues the due reminders as of {@code now} (the job passes the clock's time); answers how many. */
    public int remind(Instant now) {
        int sent = 0;
        for (Invitation i : em.createNamedQuery(Invitation.TO_REMIND, Invitation.class).setParameter("now", now)
                .setParameter("until", now.plus(Duration.ofDays(answerReminderDays)))
                .setParameter("invitedBefore", now.minus(Duration.ofDays(1))).getResultList()) {
            if (claim(Invitation.CLAIM_REMINDER, i.id(), now)) {
                notifications.answerReminder(i.meeting(), profileOf(i));
                sent++;
            }
        }
        for (Invitation i : em.createNamedQuery(Invitation.AGENDA_DUE, Invitation.class).setParameter("now", now)
                .setParameter("until", now.plus(Duration.ofDays(1))).getResultList()) {
            if (claim(Invitation.CLAIM_AGENDA, i.id(), now)) {
                notifications.agendaForTomorrow(i.meeting(), profileOf(i));
                sent++;
            }
        }
        return sent;
    }

    private long profileOf(Invitation invitation) {
        return em.find(BoardMember.class, invitation.memberId()).profileId();
    }

    private boolean claim(String update, long id, Instant now) {
        return em.createNamedQuery(update).setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }
}
