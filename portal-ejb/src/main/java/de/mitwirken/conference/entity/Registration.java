package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's registration for a conference and their sessions. It decides, from the seats it is given,
 * whether it is confirmed or waits: a new one through {@link SeatClaims} (the database's counters), every
 * later change (offers, cancellation, …) on the counts of conference, type and sessions, which the caller
 * has locked (the conference row). No other code takes or gives back a seat.
 */
@Entity
@Table(name = "conf_registration")
@NamedQuery(name = Registration.ACTIVE_WITH_EMAIL, query = "SELECT COUNT(r) FROM Registration r "
        + "WHERE r.conference.id = :conference AND r.activeEmail = :email")
@NamedQuery(name = Registration.QUEUE, query = "SELECT r FROM Registration r WHERE r.conference.id = :conference "
        + "AND r.status = de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED ORDER BY r.id")
@NamedQuery(name = Registration.POSITION, query = "SELECT COUNT(r) FROM Registration r "
        + "WHERE r.conference.id = :conference AND r.status = de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED AND r.id <= :id")
@NamedQuery(name = Registration.HELD_UNCONFIRMED, query = "SELECT COUNT(r) FROM Registration r "
        + "WHERE r.conference.id = :conference AND r.emailConfirmedAt IS NULL AND r.confirmBy IS NOT NULL "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED)")
@NamedQuery(name = Registration.DUE, query = "SELECT DISTINCT r.conference.id FROM Registration r "
        + "WHERE (r.status = de.mitwirken.conference.entity.RegistrationStatus.OFFERED AND r.offerExpiresAt <= :now) OR (r.confirmBy <= :now "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED, de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED))")
@NamedQuery(name = Registration.DUE_IN, query = "SELECT r FROM Registration r WHERE r.conference.id = :conference "
        + "AND ((r.status = de.mitwirken.conference.entity.RegistrationStatus.OFFERED AND r.offerExpiresAt <= :now) OR (r.confirmBy <= :now "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED, de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED))) ORDER BY r.id")
@NamedQuery(name = Registration.TO_ERASE, query = "SELECT r FROM Registration r WHERE r.conference.id = :conference "
        + "AND r.name <> '" + Registration.ERASED + "' ORDER BY r.id")
@NamedQuery(name = Registration.OF_PROFILE, query = "SELECT r FROM Registration r WHERE r.profileId = :profile "
        + "ORDER BY r.id DESC")
@NamedQuery(name = Registration.CONFERENCE_OF, query = "SELECT r.conference.id FROM Registration r WHERE r.id = :id")
@NamedQuery(name = Registration.SEARCH, query = "SELECT r FROM Registration r WHERE r.conference.id = :conference "
        + "AND r.status = de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED AND (LOWER(r.name) LIKE :text OR LOWER(r.email) LIKE :text "
        + "OR LOWER(r.organisation) LIKE :text) ORDER BY r.name, r.id")
@NamedQuery(name = Registration.DOOR_COUNTS, query = "SELECT COUNT(r), COUNT(r.checkedInAt) FROM Registration r "
        + "WHERE r.conference.id = :conference AND r.status = de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED")
@NamedQuery(name = Registration.CREATED_TIMES, query = "SELECT r.createdAt FROM Registration r "
        + "WHERE r.conference.id = :conference ORDER BY r.createdAt")
@NamedQuery(name = Registration.STATUS_COUNTS, query = "SELECT r.status, COUNT(r) FROM Registration r "
        + "WHERE r.conference.id = :conference GROUP BY r.status")
@NamedQuery(name = Registration.OF_CONFERENCE, query = "SELECT r FROM Registration r JOIN FETCH r.type "
        + "WHERE r.conference.id = :conference ORDER BY r.id")
@NamedQuery(name = Registration.CONFIRMED_BY_NAME, query = "SELECT r FROM Registration r JOIN FETCH r.type "
        + "WHERE r.conference.id = :conference AND r.status = de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED "
        + "ORDER BY r.name, r.id")
@NamedQuery(name = Registration.LIVE_OF_CONFERENCE, query = "SELECT r FROM Registration r WHERE r.conference.id = :conference "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED, "
        + "de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED) ORDER BY r.id")
@NamedQuery(name = Registration.REMINDER_CANDIDATES, query = "SELECT r FROM Registration r JOIN FETCH r.conference c "
        + "WHERE r.status = de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED AND r.emailConfirmedAt IS NOT NULL "
        + "AND r.remindedAt IS NULL AND c.cancelledAt IS NULL AND c.reminderDays > 0 AND c.startsOn >= :today "
        + "AND c.startsOn <= :horizon ORDER BY r.id")
@NamedQuery(name = Registration.CLAIM_REMINDER, query = "UPDATE Registration r SET r.remindedAt = :now "
        + "WHERE r.id = :id AND r.remindedAt IS NULL")
@NamedQuery(name = Registration.OFFERS_TO_REMIND, query = "SELECT r FROM Registration r "
        + "WHERE r.status = de.mitwirken.conference.entity.RegistrationStatus.OFFERED AND r.offerRemindedAt IS NULL "
        + "AND r.offerExpiresAt > :now AND r.offerExpiresAt <= :dayAhead ORDER BY r.id")
@NamedQuery(name = Registration.CLAIM_OFFER_REMINDER, query = "UPDATE Registration r SET r.offerRemindedAt = :now "
        + "WHERE r.id = :id AND r.offerRemindedAt IS NULL")
@NamedQuery(name = Registration.COUNT_LIVE, query = "SELECT COUNT(r) FROM Registration r WHERE r.conference.id = :conference "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED, "
        + "de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED)")
@NamedQuery(name = Registration.SEARCH_LIVE, query = "SELECT r FROM Registration r JOIN FETCH r.type WHERE r.conference.id = :conference "
        + "AND r.status IN (de.mitwirken.conference.entity.RegistrationStatus.CONFIRMED, de.mitwirken.conference.entity.RegistrationStatus.OFFERED, "
        + "de.mitwirken.conference.entity.RegistrationStatus.WAITLISTED) AND (LOWER(r.name) LIKE :text OR LOWER(r.email) LIKE :text) "
        + "ORDER BY r.name, r.id")
public class Registration {

    /** Live registrations of an edition by a part of the name or address: the office acting for a person. */
    public static final String SEARCH_LIVE = "Registration.searchLive";

    public static final String COUNT_LIVE = "Registration.countLive";

    /** Confirmed, proven registrations of editions starting within the horizon that were not reminded yet. */
    public static final String REMINDER_CANDIDATES = "Registration.reminderCandidates";
    /** Takes the reminder of one registration (1 row) unless another node or run took it (0 rows). */
    public static final String CLAIM_REMINDER = "Registration.claimReminder";
    /** Conference-place offers that run out within a day and were not reminded of yet. */
    public static final String OFFERS_TO_REMIND = "Registration.offersToRemind";
    public static final String CLAIM_OFFER_REMINDER = "Registration.claimOfferReminder";

    /** The registrations of an edition that are still live (a place, an offer or a place in the queue). */
    public static final String LIVE_OF_CONFERENCE = "Registration.liveOfConference";

    public static final String ERASED = "–";
    public static final String ACTIVE_WITH_EMAIL = "Registration.activeWithEmail";
    /** The unique index that allows one live registration per address and conference (V14). */
    public static final String UNIQUE_ADDRESS = "uq_conf_registration_email";
    public static final String QUEUE = "Registration.queue";
    public static final String POSITION = "Registration.position";
    /** Conferences with offers or address confirmations whose time ran out. */
    public static final String DUE = "Registration.due";
    /** Places held by guests whose address is not confirmed yet (released when confirmBy passes). */
    public static final String HELD_UNCONFIRMED = "Registration.heldUnconfirmed";
    public static final String DUE_IN = "Registration.dueIn";
    public static final String OF_PROFILE = "Registration.ofProfile";
    public static final String TO_ERASE = "Registration.toErase";
    public static final String CONFERENCE_OF = "Registration.conferenceOf";
    public static final String SEARCH = "Registration.search";
    /** Confirmed registrations and how many of them are checked in. */
    public static final String DOOR_COUNTS = "Registration.doorCounts";
    /** When each registration of a conference was made (all statuses), oldest first: the office's per-day figures. */
    public static final String CREATED_TIMES = "Registration.createdTimes";
    /** How many registrations of a conference are in each status. */
    public static final String STATUS_COUNTS = "Registration.statusCounts";
    /** Every registration of a conference with its type, choices and answers (the office's export). */
    public static final String OF_CONFERENCE = "Registration.ofConference";
    /** Confirmed registrations of a conference in order of name (badges). */
    public static final String CONFIRMED_BY_NAME = "Registration.confirmedByName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @ManyToOne(optional = false)
    @JoinColumn(name = "type_id", nullable = false, updatable = false)
    private RegistrationType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RegistrationStatus status;
    @Column(name = "profile_id", updatable = false)
    private Long profileId;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "email", nullable = false, length = 254)
    private String email;
    /** The e-mail while the registration is alive (a generated column with a unique index, see V14). */
    @Column(name = "active_email", insertable = false, updatable = false)
    private String activeEmail;
    @Column(name = "organisation", length = 200)
    private String organisation;
    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_group", nullable = false, length = 20)
    private AttendeeGroup group;
    @Column(name = "accessibility_needs")
    private String accessibilityNeeds;
    @Column(name = "dietary_needs", length = 400)
    private String dietaryNeeds;
    @Column(name = "language", nullable = false, length = 5)
    private Language language;
    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;
    @Column(name = "confirm_by")
    private Instant confirmBy;
    @Column(name = "ticket_nonce", nullable = false, length = 24, updatable = false)
    private String ticketNonce;
    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "offer_reminded_at")
    private Instant offerRemindedAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by", length = 255)
    private String checkedInBy;
    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Choice> choices = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "conf_answer", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    private Map<Long, String> answers = new LinkedHashMap<>();

    protected Registration() {
        // for JPA
    }

    /**
     * Registers with the seats the claims give: a place (conference and type together) makes it CONFIRMED
     * and its sessions are claimed in order of id (a full one puts the choice in its queue); without a place
     * it waits for the conference and its sessions are only wished. The draft must be checked. A person
     * whose address is not yet confirmed (a guest) holds the place until {@code now + confirmWithin}.
     */
    public static Registration register(Conference conference, RegistrationType type, RegistrationDraft draft,
                                        List<ConferenceSession> sessions, Long profileId, boolean addressConfirmed,
                                        String ticketNonce, Instant now, Duration confirmWithin, SeatClaims claims) {
        Registration r = new Registration();
        r.conference = conference;
        r.type = type;
        r.profileId = profileId;
        r.name = draft.name();
        r.email = draft.email();
        r.organisation = draft.organisation();
        r.group = draft.group();
        r.accessibilityNeeds = draft.accessibilityNeeds();
        r.dietaryNeeds = draft.dietaryNeeds();
        r.language = draft.language();
        r.consentAt = now;
        r.ticketNonce = ticketNonce;
        r.createdAt = now;
        r.answers.putAll(draft.cleanAnswers());
        if (addressConfirmed) {
            r.emailConfirmedAt = now;
        } else {
            r.confirmBy = now.plus(confirmWithin);
        }
        boolean place = claims.place(conference, type);
        r.status = place ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        // one fixed order of claims (conference, type, sessions by id): registrations may wait for each
        // other's rows, but never in a circle
        for (ConferenceSession session : sessions.stream().sorted(Comparator.comparing(ConferenceSession::id)).toList()) {
            ChoiceStatus status = !place ? ChoiceStatus.WISHED
                    : claims.seat(session) ? ChoiceStatus.CONFIRMED : ChoiceStatus.WAITLISTED;
            r.choices.add(new Choice(r, session, status, now));
        }
        return r;
    }

    /** A seat on the session's own count (the caller holds the conference's lock), else its queue. */
    private static ChoiceStatus seatIn(ConferenceSession session) {
        return SeatClaims.IN_MEMORY.seat(session) ? ChoiceStatus.CONFIRMED : ChoiceStatus.WAITLISTED;
    }

    /** Waiting at the conference level and a place came free (seats taken by this call): offered until then. */
    public void offer(Instant expiresAt) {
        require(RegistrationStatus.WAITLISTED);
        conference.takeSeat();
        type.takeSeat();
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = expiresAt;
    }

    /** Accepts an offered conference place; the sessions wished meanwhile get seats or join their queues. */
    public void acceptOffer(Instant now) {
        require(RegistrationStatus.OFFERED);
        if (!now.isBefore(offerExpiresAt)) {
            throw new OfferExpired();
        }
        status = RegistrationStatus.CONFIRMED;
        decidedAt = now;
        for (Choice choice : choices) {
            if (choice.status() == ChoiceStatus.WISHED) {
                choice.claim();
            }
        }
    }

    public boolean offerOverdue(Instant now) {
        return status == RegistrationStatus.OFFERED && !now.isBefore(offerExpiresAt);
    }

    /** An offer that ran out or was declined: the place goes back, the registration ends. */
    public List<ConferenceSession> expireOffer(Instant now) {
        require(RegistrationStatus.OFFERED);
        return end(RegistrationStatus.EXPIRED, now);
    }

    /** A guest who did not confirm their address in time loses what they held. */
    public boolean confirmationOverdue(Instant now) {
        return status.isActive() && emailConfirmedAt == null && confirmBy != null && !now.isBefore(confirmBy);
    }

    public List<ConferenceSession> expireUnconfirmed(Instant now) {
        if (!confirmationOverdue(now)) {
            throw Refusal.notAllowed("conference.error.notPossible").because("registration " + id + " is not overdue");
        }
        return end(RegistrationStatus.EXPIRED, now);
    }

    /** The person confirms their address by acting on the personal link that was mailed to it. */
    public void confirmAddress(Instant now) {
        if (emailConfirmedAt != null) {
            return;
        }
        if (!status.isActive() || confirmationOverdue(now)) {
            throw Refusal.notAllowed("conference.error.notPossible").because("registration " + id + " can no longer be confirmed");
        }
        emailConfirmedAt = now;
        confirmBy = null;
    }

    /** Cancels the whole registration; returns the sessions where a seat came free. */
    public List<ConferenceSession> cancel(Instant now) {
        if (!status.isActive()) {
            throw Refusal.notAllowed("conference.error.notPossible").because("registration " + id + " is " + status);
        }
        return end(RegistrationStatus.CANCELLED, now);
    }

    private List<ConferenceSession> end(RegistrationStatus end, Instant now) {
        if (status.holdsSeat()) {
            conference.releaseSeat();
            type.releaseSeat();
        }
        List<ConferenceSession> freed = new ArrayList<>();
        for (Choice choice : choices) {
            if (choice.status().isActive() && choice.cancel(now)) {
                freed.add(choice.session());
            }
        }
        status = end;
        decidedAt = now;
        return freed;
    }

    /** Adds a session; refused when it overlaps one already chosen or is chosen already. */
    public Choice choose(ConferenceSession session, Instant now) {
        if (!status.isActive()) {
            throw Refusal.notAllowed("conference.error.notPossible").because("registration " + id + " is " + status);
        }
        if (session.cancelled()) {
            throw new ChoiceRefused("conference.error.sessionCancelled");
        }
        for (Choice c : activeChoices()) {
            if (c.session().id().equals(session.id())) {
                throw new ChoiceRefused("conference.error.chosenAlready");
            }
            if (c.session().overlaps(session)) {
                throw new ChoiceRefused("conference.error.overlap");
            }
        }
        Choice choice = new Choice(this, session, status.holdsSeat() ? seatIn(session) : ChoiceStatus.WISHED, now);
        choices.add(choice);
        return choice;
    }

    /** Gives up one session; true when a seat came free there. */
    public boolean drop(long sessionId, Instant now) {
        Choice choice = activeChoice(sessionId).orElseThrow(() -> new ChoiceRefused("conference.error.notChosen"));
        return choice.cancel(now);
    }

    /**
     * After a session moved into another one this person holds, they keep one of the two: the other is given
     * up; true when a seat came free there. Refused when the two do not overlap (nothing to choose).
     */
    public boolean keepOneOf(long keepSessionId, long dropSessionId, Instant now) {
        Choice keep = activeChoice(keepSessionId).orElseThrow(() -> new ChoiceRefused("conference.error.notChosen"));
        Choice drop = activeChoice(dropSessionId).orElseThrow(() -> new ChoiceRefused("conference.error.notChosen"));
        if (!keep.session().overlaps(drop.session())) {
            throw new ChoiceRefused("conference.error.noOverlap");
        }
        return drop.cancel(now);
    }

    /**
     * The sessions this person holds a seat in (or an offered one) that the given session would overlap at the
     * given time: what a move of that session puts in their way.
     */
    public List<ConferenceSession> heldOverlapping(ConferenceSession session, Instant start, Instant end) {
        return activeChoices().stream().filter(c -> c.status().holdsSeat())
                .map(Choice::session).filter(s -> !s.id().equals(session.id()) && s.overlaps(start, end)).toList();
    }

    /** Whether news of the conference and its sessions may reach this person: not cancelled, not erased. */
    public boolean reachable() {
        return status.isActive() && !erased();
    }

    public void acceptSessionOffer(long sessionId, Instant now) {
        activeChoice(sessionId).orElseThrow(() -> new ChoiceRefused("conference.error.notChosen")).accept(now);
    }

    /** Declines the offer of a session seat; the seat is given back. */
    public void declineSessionOffer(long sessionId, Instant now) {
        Choice choice = activeChoice(sessionId).orElseThrow(() -> new ChoiceRefused("conference.error.notChosen"));
        choice.expire(now);
    }

    /** Admits the person at the door: once, and only with a confirmed place and a confirmed address. */
    public void checkIn(Instant now, String by) {
        if (checkedInAt != null) {
            throw new AlreadyCheckedIn(checkedInAt, checkedInBy);
        }
        if (status != RegistrationStatus.CONFIRMED || emailConfirmedAt == null) {
            throw new ChoiceRefused("conference.checkin.notConfirmed");
        }
        checkedInAt = now;
        checkedInBy = by;
    }

    /**
     * Erases what identifies the person (after the retention period, or when their account is deleted); the
     * registration stays as a number for the conference's statistics. The e-mail becomes a unique placeholder
     * so the one-registration-per-address rule still holds.
     */
    public void erasePersonalData() {
        name = ERASED;
        email = "erased-" + id + "@invalid.example";
        organisation = null;
        accessibilityNeeds = null;
        dietaryNeeds = null;
        answers.clear();
    }

    /** Whether the reminder is due on the given day: the edition's reminder days before its start, or later. */
    public boolean reminderDue(LocalDate today) {
        return !conference.startsOn().minusDays(conference.reminderDays()).isAfter(today);
    }

    public boolean erased() {
        return ERASED.equals(name);
    }

    /** Only for an edition that was held: checked in at the door, and the edition not called off. */
    public boolean mayHaveCertificate() {
        return checkedInAt != null && !conference.cancelled();
    }

    public Optional<Choice> activeChoice(long sessionId) {
        return activeChoices().stream().filter(c -> c.session().id() == sessionId).findFirst();
    }

    public List<Choice> activeChoices() {
        return choices.stream().filter(c -> c.status().isActive()).toList();
    }

    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    private void require(RegistrationStatus expected) {
        if (status != expected) {
            throw Refusal.notAllowed("conference.error.notPossible").because("registration " + id + " is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public Conference conference() {
        return conference;
    }

    public RegistrationType type() {
        return type;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Long profileId() {
        return profileId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    public AttendeeGroup group() {
        return group;
    }

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String dietaryNeeds() {
        return dietaryNeeds;
    }

    public Language language() {
        return language;
    }

    public boolean addressConfirmed() {
        return emailConfirmedAt != null;
    }

    public Instant confirmBy() {
        return confirmBy;
    }

    public String ticketNonce() {
        return ticketNonce;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Map<Long, String> answers() {
        return Map.copyOf(answers);
    }
}
