package de.mitwirken.needs.control;

import de.mitwirken.needs.entity.Follow;
import de.mitwirken.needs.entity.Need;
import de.mitwirken.needs.entity.NeedCluster;
import de.mitwirken.needs.entity.ParticipationBlock;
import de.mitwirken.platform.boundary.MailOutbox;
import de.mitwirken.platform.boundary.MailRequest;
import de.mitwirken.platform.boundary.MailTemplate;
import de.mitwirken.platform.boundary.Notifier;
import de.mitwirken.platform.control.MailRenderer;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Tells the people behind a need what happened to it: followers as they chose (per event or digest),
 * a guest submitter by mail. Runs in the transaction of the change, through the outbox.
 */
@ApplicationScoped
public class NeedNotifications {

    static final String BUNDLE = "de.mitwirken.needs.mails";
    static final MailTemplate GUEST_CONFIRM = new MailTemplate(BUNDLE, "needs.guestConfirm");
    static final MailTemplate PUBLISHED = new MailTemplate(BUNDLE, "needs.published");
    static final MailTemplate REJECTED = new MailTemplate(BUNDLE, "needs.rejected");
    static final MailTemplate ANSWERED = new MailTemplate(BUNDLE, "needs.answered");
    static final MailTemplate COMMENTED = new MailTemplate(BUNDLE, "needs.commented");
    static final MailTemplate CLUSTERED = new MailTemplate(BUNDLE, "needs.clustered");
    static final MailTemplate BLOCKED = new MailTemplate(BUNDLE, "needs.blocked");
    static final MailTemplate UNBLOCKED = new MailTemplate(BUNDLE, "needs.unblocked");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    MailOutbox outbox;

    @Inject
    MailRenderer renderer;

    public String link(Need need) {
        return renderer.base() + "/needs/need.xhtml?id=" + need.id();
    }

    public void askGuestToConfirm(Need need, String token, int days) {
        String confirm = renderer.base() + "/needs/confirm.xhtml?token=" + token;
        outbox.enqueue(MailRequest.of(need.guestEmail(), need.language(), GUEST_CONFIRM,
                Map.of("title", need.title(), "link", confirm, "days", String.valueOf(days))));
    }

    public void published(Need need) {
        tellSubmitterOnly(need, PUBLISHED, Map.of("title", need.title(), "link", link(need)));
    }

    public void rejected(Need need) {
        tellSubmitterOnly(need, REJECTED, Map.of("title", need.title(), "reason", need.rejectionReason()));
    }

    /** The answer goes to every follower (submitter, supporters, commenters unless they unfollowed) and a guest. */
    public void answered(Need need) {
        for (Long follower : followers(need)) {
            notifier.notify(follower, ANSWERED, language -> answerValues(need, language), link(need));
        }
        if (need.guestEmail() != null && need.authorId() == null) {
            outbox.enqueue(MailRequest.of(need.guestEmail(), need.language(), ANSWERED, answerValues(need, need.language())));
        }
    }

    /** "You said": the need was grouped with similar ones; its followers and a guest submitter hear of it. */
    public void clustered(Need need, NeedCluster cluster) {
        String clusterLink = renderer.base() + "/needs/cluster.xhtml?id=" + cluster.id();
        Map<String, String> values = Map.of("title", need.title(), "cluster", cluster.title(), "link", clusterLink);
        for (Long follower : followers(need)) {
            notifier.notify(follower, CLUSTERED, values, clusterLink);
        }
        if (need.guestEmail() != null && need.authorId() == null && need.isConfirmed()) {
            outbox.enqueue(MailRequest.of(need.guestEmail(), need.language(), CLUSTERED, values));
        }
    }

    public void commented(Need need, long commenterId, String authorName, String comment) {
        for (Long follower : followers(need)) {
            if (follower != commenterId) {
                notifier.notify(follower, COMMENTED, Map.of("title", need.title(), "author", authorName,
                        "comment", comment, "link", link(need)), link(need));
            }
        }
    }

    /**
     * Tells a person they were blocked: the reason and how long, in their language. A mail they must get, so it goes
     * to the outbox directly, whatever they chose for notifications.
     */
    public void blocked(ParticipationBlock block) {
        UserProfile person = em.find(UserProfile.class, block.profileId());
        if (person == null || person.isDeleted() || person.email() == null) {
            return;
        }
        ResourceBundle texts = texts(person.language());
        String end = block.forGood() ? texts.getString("needs.blocked.forGood")
                : texts.getString("needs.blocked.until").replace("{date}", DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.LONG).withLocale(person.language().locale()).format(block.lastDay()));
        outbox.enqueue(MailRequest.of(person.email(), person.language(), BLOCKED,
                Map.of("reason", block.reason(), "end", end, "link", renderer.base() + "/needs/mine.xhtml")));
    }

    /** Tells a person their block was lifted, with the moderator's note. */
    public void unblocked(ParticipationBlock block) {
        UserProfile person = em.find(UserProfile.class, block.profileId());
        if (person == null || person.isDeleted() || person.email() == null) {
            return;
        }
        outbox.enqueue(MailRequest.of(person.email(), person.language(), UNBLOCKED,
                Map.of("note", block.liftNote(), "link", renderer.base() + "/needs/mine.xhtml")));
    }

    private static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NeedNotifications.class.getClassLoader());
    }

    private Map<String, String> answerValues(Need need, Language language) {
        Map<String, String> values = new HashMap<>();
        values.put("title", need.title());
        values.put("answer", need.answerText());
        values.put("department", need.answerDepartment());
        values.put("link", link(need));
        values.put("outcome", outcomeText(need, language));
        return values;
    }

    private String outcomeText(Need need, Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NeedNotifications.class.getClassLoader())
                .getString("needs.outcome." + need.outcome());
    }

    private void tellSubmitterOnly(Need need, MailTemplate template, Map<String, String> values) {
        if (need.authorId() != null) {
            notifier.notify(need.authorId(), template, values, link(need));
        } else if (need.guestEmail() != null) {
            outbox.enqueue(MailRequest.of(need.guestEmail(), need.language(), template, values));
        }
    }

    private List<Long> followers(Need need) {
        return em.createNamedQuery(Follow.FOLLOWERS, Long.class).setParameter("needId", need.id()).getResultList();
    }
}
