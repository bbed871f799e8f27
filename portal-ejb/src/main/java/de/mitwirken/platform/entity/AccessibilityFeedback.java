package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A message about a barrier, sent through the accessibility statement. It is tracked until answered:
 * received → answered, exactly once, with a text; who answered and when are kept. Name, address and the
 * link to the sender's profile are personal data and can be erased without losing the message.
 */
@Entity
@Table(name = "accessibility_feedback")
@NamedQuery(name = AccessibilityFeedback.OPEN, query = "SELECT f FROM AccessibilityFeedback f "
        + "WHERE f.status = de.mitwirken.platform.entity.FeedbackStatus.RECEIVED ORDER BY f.receivedAt, f.id")
@NamedQuery(name = AccessibilityFeedback.ANSWERED, query = "SELECT f FROM AccessibilityFeedback f "
        + "WHERE f.status = de.mitwirken.platform.entity.FeedbackStatus.ANSWERED ORDER BY f.answeredAt DESC, f.id DESC")
@NamedQuery(name = AccessibilityFeedback.OF_PERSON, query = "SELECT f FROM AccessibilityFeedback f "
        + "WHERE f.profileId = :profile OR f.senderEmail = :email ORDER BY f.receivedAt, f.id")
@NamedQuery(name = AccessibilityFeedback.DELETE_ANSWERED_BEFORE, query = "DELETE FROM AccessibilityFeedback f "
        + "WHERE f.status = de.mitwirken.platform.entity.FeedbackStatus.ANSWERED AND f.answeredAt < :cutoff")
public class AccessibilityFeedback {

    public static final String OPEN = "AccessibilityFeedback.open";
    public static final String ANSWERED = "AccessibilityFeedback.answered";
    public static final String OF_PERSON = "AccessibilityFeedback.ofPerson";
    public static final String DELETE_ANSWERED_BEFORE = "AccessibilityFeedback.deleteAnsweredBefore";
    public static final int ANSWER_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message", nullable = false, updatable = false)
    private String message;

    @Column(name = "page", length = 500, updatable = false)
    private String page;

    @Column(name = "sender_name", length = 200)
    private String senderName;

    @Column(name = "sender_email", length = 254)
    private String senderEmail;

    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "language", nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private FeedbackStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AccessibilityFeedback() {
        // for JPA
    }

    /** Receives a draft without problems; profileId is the signed-in sender's, or null for a visitor. */
    public static AccessibilityFeedback receive(FeedbackDraft draft, Long profileId, Language language, Instant now) {
        if (!draft.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid feedback: " + draft.problems());
        }
        AccessibilityFeedback feedback = new AccessibilityFeedback();
        feedback.message = draft.message();
        feedback.page = draft.page();
        feedback.senderName = draft.name();
        feedback.senderEmail = draft.email() == null ? null : new EmailAddress(draft.email()).value();
        feedback.consentAt = draft.email() == null ? null : now;
        feedback.profileId = profileId;
        feedback.language = language;
        feedback.status = FeedbackStatus.RECEIVED;
        feedback.receivedAt = now;
        return feedback;
    }

    /** Answers the message, once; the answer needs a text. */
    public void answer(String text, String by, Instant now) {
        if (status != FeedbackStatus.RECEIVED) {
            throw new IllegalStateException("feedback " + id + " is already answered");
        }
        String cleaned = CleanText.multilineOrNull(text);
        if (cleaned == null || cleaned.codePointCount(0, cleaned.length()) > ANSWER_MAX) {
            throw Refusal.invalid("answer", "accessibility.admin.error.answer"); // a text of at most ANSWER_MAX
        }
        if (by == null || by.isBlank()) {
            throw Refusal.invalid("answer", "accessibility.admin.error.answer"); // nobody signed in: as before
        }
        answer = cleaned;
        answeredBy = by;
        answeredAt = now;
        status = FeedbackStatus.ANSWERED;
    }

    /** Erases who sent it (account deleted); the message and the answer stay for the record of barriers. */
    public void erasePersonalData() {
        senderName = null;
        senderEmail = null;
        consentAt = null;
        profileId = null;
    }

    /** Whole days since it arrived, counted in the city's calendar. */
    public long ageInDays(LocalDate today, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(receivedAt, zone), today));
    }

    public boolean isOpen() {
        return status == FeedbackStatus.RECEIVED;
    }

    public Long id() {
        return id;
    }

    public String message() {
        return message;
    }

    public String page() {
        return page;
    }

    public String senderName() {
        return senderName;
    }

    public Optional<EmailAddress> senderEmail() {
        return EmailAddress.parse(senderEmail);
    }

    public Long profileId() {
        return profileId;
    }

    public Language language() {
        return language;
    }

    public Instant consentAt() {
        return consentAt;
    }

    public FeedbackStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
