package de.mitwirken.conference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One edition of the Smart City conference. It guards the conference's seats: a seat is taken or given
 * back only while this row's lock is held, either taken by {@code Seating.lock} (SELECT … FOR UPDATE) or by a
 * new registration's claim ({@link #CLAIM_SEAT}, held until its commit), so {@link #hasRoom()} read under
 * the lock is the truth; counts of types and sessions change only under it too.
 */
@Entity
@Table(name = "conf_conference")
@NamedQuery(name = Conference.ALL, query = "SELECT c FROM Conference c ORDER BY c.id")
@NamedQuery(name = Conference.PUBLISHED, query = "SELECT c FROM Conference c WHERE c.published = TRUE "
        + "ORDER BY c.startsOn DESC")
@NamedQuery(name = Conference.CLAIM_SEAT, query = "UPDATE Conference c SET c.taken = c.taken + 1 "
        + "WHERE c.id = :id AND c.taken < c.capacity")
@NamedQuery(name = Conference.RETURN_SEAT, query = "UPDATE Conference c SET c.taken = c.taken - 1 "
        + "WHERE c.id = :id AND c.taken > 0")
@NamedQuery(name = Conference.NEXT_PUBLISHED, query = "SELECT c FROM Conference c WHERE c.published = TRUE "
        + "AND c.endsOn >= :today ORDER BY c.startsOn, c.id")
public class Conference {

    public static final String PUBLISHED = "Conference.published";
    public static final String ALL = "Conference.all";
    /** Takes a place if one is free (1 row) or nothing (0 rows): the database decides, see {@code Seating}. */
    public static final String CLAIM_SEAT = "Conference.claimSeat";
    /** Gives back a place claimed in the same transaction (its type was full). */
    public static final String RETURN_SEAT = "Conference.returnSeat";
    /** Published conferences not over by :today, the soonest first (read with max results 1). */
    public static final String NEXT_PUBLISHED = "Conference.nextPublished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "title", nullable = false, length = 200)
    private String title;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "venue", nullable = false, length = 300)
    private String venue;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "funding_note")
    private String fundingNote;
    @Column(name = "capacity", nullable = false)
    private int capacity;
    @Column(name = "taken", nullable = false)
    private int taken;
    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;
    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;
    @Column(name = "offer_hours", nullable = false)
    private int offerHours;
    @Column(name = "consent_text", nullable = false)
    private String consentText;
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;
    @Column(name = "published", nullable = false)
    private boolean published;
    @Column(name = "calendar_sequence", nullable = false)
    private int sequence;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 2;
    @Column(name = "no_show_minutes", nullable = false)
    private int noShowMinutes = 15;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    // guest registrations per hour; null: the portal's default (GuestLimits)
    @Column(name = "guest_limit_address")
    private Integer guestLimitAddress;
    @Column(name = "guest_limit_network")
    private Integer guestLimitNetwork;
    @Column(name = "guest_limit_total")
    private Integer guestLimitTotal;

    protected Conference() {
        // for JPA
    }

    /** A new edition (used by tests and the organisers' set-up); registration is open in the given period. */
    public Conference(String title, String description, String venue, LocalDate startsOn, LocalDate endsOn,
                      int capacity, Instant opensAt, Instant closesAt, String consentText, int retentionMonths,
                      Instant now) {
        this.title = title;
        this.description = description;
        this.venue = venue;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.registrationOpensAt = opensAt;
        this.registrationClosesAt = closesAt;
        this.offerHours = 48;
        this.consentText = consentText;
        this.retentionMonths = retentionMonths;
        this.published = true;
        this.createdAt = now;
    }

    /** A new edition from checked settings. */
    public static Conference create(ConferenceSettings settings, Instant now) {
        Conference c = new Conference();
        c.createdAt = now;
        c.apply(settings);
        return c;
    }

    /**
     * Changes the edition. Its capacity may not fall below the places already held (the caller holds this
     * row's lock, so the count is current); more places go to the queue through the caller's refill.
     */
    public void change(ConferenceSettings settings) {
        if (settings.capacity() < taken) {
            throw new ChoiceRefused("capacity", "conference.settings.error.capacityBelowTaken");
        }
        apply(settings);
    }

    private void apply(ConferenceSettings s) {
        title = s.title();
        description = s.description();
        venue = s.venue();
        startsOn = s.startsOn();
        endsOn = s.endsOn();
        fundingNote = s.fundingNote();
        capacity = s.capacity();
        registrationOpensAt = s.opensAt();
        registrationClosesAt = s.closesAt();
        offerHours = s.offerHours();
        consentText = s.consentText();
        retentionMonths = s.retentionMonths();
        published = s.published();
    }

    /**
     * Moves the edition to start on another day (same length); answers by how many days. The sessions move with
     * it (the caller moves them); the calendar entry of the days gets the next SEQUENCE.
     */
    public long moveTo(LocalDate newStart) {
        if (cancelled()) {
            throw new ChoiceRefused("conference.settings.error.cancelled");
        }
        if (newStart == null) {
            throw new ChoiceRefused("startsOn", "conference.settings.error.moveDate");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(startsOn, newStart);
        if (days == 0) {
            throw new ChoiceRefused("startsOn", "conference.settings.error.moveSame");
        }
        startsOn = startsOn.plusDays(days);
        endsOn = endsOn.plusDays(days);
        sequence++;
        return days;
    }

    /**
     * Calls the edition off, with the reason its people are told (3 to 1000 characters). Registration closes;
     * the caller ends the registrations and calls the sessions off.
     */
    public void cancel(String reason, Instant now) {
        if (cancelled()) {
            throw new ChoiceRefused("conference.settings.error.cancelled");
        }
        String clean = de.mitwirken.platform.entity.CleanText.multilineOrNull(reason);
        if (clean == null || clean.length() < 3 || clean.length() > 1000) {
            throw new ChoiceRefused("reason", "conference.settings.error.cancelReason");
        }
        cancelledAt = now;
        cancelReason = clean;
        sequence++;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** The SEQUENCE of the calendar entry of the conference days. */
    public int sequence() {
        return sequence;
    }

    /** The highest guest limit per hour an organiser may set. */
    public static final int MAX_GUEST_LIMIT = 1_000_000;

    /**
     * Sets how many guest registrations per hour are taken per address, per network and in all; null keeps the
     * portal's default. Each 1 to {@link #MAX_GUEST_LIMIT}.
     */
    public void limitGuests(Integer perAddress, Integer perNetwork, Integer total) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        check("guestLimitAddress", perAddress, problems);
        check("guestLimitNetwork", perNetwork, problems);
        check("guestLimitTotal", total, problems);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new ChoiceRefused(first.getKey(), first.getValue());
        }
        guestLimitAddress = perAddress;
        guestLimitNetwork = perNetwork;
        guestLimitTotal = total;
    }

    private static void check(String field, Integer limit, java.util.Map<String, String> problems) {
        if (limit != null && (limit < 1 || limit > MAX_GUEST_LIMIT)) {
            problems.put(field, "conference.settings.error.guestLimit");
        }
    }

    /** Guest registrations per hour and address, or null for the portal's default. */
    public Integer guestLimitAddress() {
        return guestLimitAddress;
    }

    public Integer guestLimitNetwork() {
        return guestLimitNetwork;
    }

    public Integer guestLimitTotal() {
        return guestLimitTotal;
    }

    /** How many days before the start the reminder with the ticket goes out (0: none). */
    public int reminderDays() {
        return reminderDays;
    }

    /** Minutes after a session's start from which the door may release the seats of people not in the room. */
    public int noShowMinutes() {
        return noShowMinutes;
    }

    public void releaseNoShowsAfter(int minutes) {
        if (minutes < 0 || minutes > 240) {
            throw new ChoiceRefused("noShowMinutes", "conference.settings.error.noShowMinutes");
        }
        noShowMinutes = minutes;
    }

    public void remindDaysBefore(int days) {
        if (days < 0 || days > 30) {
            throw new ChoiceRefused("reminderDays", "conference.settings.error.reminderDays");
        }
        reminderDays = days;
    }

    public boolean registrationOpen(Instant now) {
        return published && cancelledAt == null && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    public boolean hasRoom() {
        return Seats.hasRoom(capacity, taken);
    }

    public void takeSeat() {
        taken = Seats.take(capacity, taken, "conference " + id);
    }

    public void releaseSeat() {
        taken = Seats.release(taken, "conference " + id);
    }

    /** The last day the registrations' personal data is kept: the retention period after the conference. */
    public LocalDate keepPersonalDataUntil() {
        return endsOn.plusMonths(retentionMonths);
    }

    /** How long a person offered a place from the waitlist has to accept it. */
    public Duration offerPeriod() {
        return Duration.ofHours(offerHours);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String venue() {
        return venue;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String fundingNote() {
        return fundingNote;
    }

    public int capacity() {
        return capacity;
    }

    public int taken() {
        return taken;
    }

    public Instant registrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant registrationClosesAt() {
        return registrationClosesAt;
    }

    public int offerHours() {
        return offerHours;
    }

    public String consentText() {
        return consentText;
    }

    public int retentionMonths() {
        return retentionMonths;
    }

    public boolean published() {
        return published;
    }
}
