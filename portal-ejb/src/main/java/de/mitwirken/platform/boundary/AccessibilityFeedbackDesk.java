package de.mitwirken.platform.boundary;

import de.mitwirken.platform.control.FeedbackSettings;
import de.mitwirken.platform.entity.AccessibilityFeedback;
import de.mitwirken.platform.entity.EmailAddress;
import de.mitwirken.platform.entity.FeedbackDraft;
import de.mitwirken.platform.entity.Language;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback mechanism of the accessibility statement (BITV 2.0 § 7): anyone reports a barrier, the
 * administrators hear of it by mail and answer it on the portal; the sender, if they left an address, gets a
 * receipt and the answer by mail. Each message is tracked until it is answered.
 */
@Stateless
public class AccessibilityFeedbackDesk {

    static final String MAILS = "de.mitwirken.platform.mails";
    static final MailTemplate TO_ADMINISTRATORS = new MailTemplate(MAILS, "platform.feedback.received");
    static final MailTemplate RECEIPT = new MailTemplate(MAILS, "platform.feedback.receipt");
    static final MailTemplate ANSWER = new MailTemplate(MAILS, "platform.feedback.answer");

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityFacade identity;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    FeedbackSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A message as the administrators' list shows it. */
    public record FeedbackView(long id, String message, String page, String senderName, String senderEmail,
                               boolean signedIn, Instant receivedAt, long ageInDays, boolean open, String answer,
                               String answeredBy, Instant answeredAt) implements java.io.Serializable {
    }

    /** What became of a message: its number, and whether the sender gets a receipt by mail. */
    public record Received(long id, boolean receiptSent) implements java.io.Serializable {
    }

    /**
     * Someone reports a barrier; subject is the signed-in sender's, or null for a visitor. Limited per IP
     * address and per email address, so that the form cannot be used to flood mailboxes.
     */
    public Received submitAccessibilityFeedback(FeedbackDraft draft, Language language, String subject,
                                                String ipAddress) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!rateLimiter.tryAcquire(RateLimiter.ipBucket("a11y.feedback", ipAddress), settings.perIpAndHour(),
                Duration.ofHours(1))
                || draft.email() != null && !rateLimiter.tryAcquire(RateLimiter.emailBucket("a11y.feedback",
                draft.email()), settings.perEmailAndDay(), Duration.ofDays(1))) {
            throw new NotAllowed("accessibility.form.error.rateLimited");
        }
        Long profileId = subject == null ? null : identity.caller(subject).profileId();
        AccessibilityFeedback feedback = AccessibilityFeedback.receive(draft, profileId, language, clock.instant());
        em.persist(feedback);
        em.flush();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", String.valueOf(feedback.id()));
        values.put("message", feedback.message());
        values.put("page", feedback.page() == null ? "–" : feedback.page());
        values.put("sender", sender(feedback));
        outbox.enqueue(MailRequest.of(settings.recipient(), Language.DEFAULT, TO_ADMINISTRATORS, values));
        feedback.senderEmail().ifPresent(address -> outbox.enqueue(MailRequest.of(address.value(),
                feedback.language(), RECEIPT, Map.of("id", values.get("id"), "message", feedback.message()))));
        return new Received(feedback.id(), feedback.senderEmail().isPresent());
    }

    /** All messages, open ones first (oldest first), then the answered ones (newest answer first). */
    @RolesAllowed(PlatformPermissions.ADMINISTER)
    public List<FeedbackView> feedbackOpenFirst() {
        LocalDate today = LocalDate.now(clock.withZone(AuditSearch.PORTAL_ZONE));
        List<FeedbackView> views = new ArrayList<>();
        for (String query : List.of(AccessibilityFeedback.OPEN, AccessibilityFeedback.ANSWERED)) {
            em.createNamedQuery(query, AccessibilityFeedback.class).getResultList()
                    .forEach(f -> views.add(view(f, today)));
        }
        return views;
    }

    /** An administrator answers a message, once; the sender gets the answer by mail if they left an address. */
    @RolesAllowed(PlatformPermissions.ADMINISTER)
    public void answerAccessibilityFeedback(long id, String text) {
        AccessibilityFeedback feedback = Rows.lock(em, AccessibilityFeedback.class, id);
        if (!feedback.isOpen()) {
            throw new NotAllowed("accessibility.admin.error.answered");
        }
        feedback.answer(text, session.getCallerPrincipal().getName(), clock.instant());
        boolean mailed = feedback.senderEmail().isPresent();
        feedback.senderEmail().map(EmailAddress::value).ifPresent(address -> outbox.enqueue(MailRequest.of(address,
                feedback.language(), ANSWER, Map.of("id", String.valueOf(feedback.id()), "message", feedback.message(),
                        "answer", feedback.answer()))));
        audit.record("platform.accessibility-feedback.answer", "accessibility-feedback", feedback.id(),
                "accessibility feedback " + feedback.id() + " answered" + (mailed ? ", answer mailed" : ""),
                Map.of("status", "RECEIVED"), Map.of("status", feedback.status().name(), "answer", feedback.answer(),
                        "mailed", mailed));
    }

    private static String sender(AccessibilityFeedback f) {
        String name = f.senderName() == null ? "" : f.senderName();
        String address = f.senderEmail().map(a -> "<" + a.value() + ">").orElse("");
        String both = (name + " " + address).strip();
        return both.isEmpty() ? "–" : both;
    }

    private static FeedbackView view(AccessibilityFeedback f, LocalDate today) {
        return new FeedbackView(f.id(), f.message(), f.page(), f.senderName(),
                f.senderEmail().map(EmailAddress::value).orElse(null), f.profileId() != null, f.receivedAt(),
                f.ageInDays(today, AuditSearch.PORTAL_ZONE), f.isOpen(), f.answer(), f.answeredBy(), f.answeredAt());
    }
}
