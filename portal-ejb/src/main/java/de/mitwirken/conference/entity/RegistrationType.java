package de.mitwirken.conference.entity;

import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A kind of attendee (participant, press, speaker, staff) with its own quota and sign-up period. */
@Entity
@Table(name = "conf_reg_type")
@NamedQuery(name = RegistrationType.OF_CONFERENCE, query = "SELECT t FROM RegistrationType t "
        + "WHERE t.conference.id = :conference ORDER BY t.id")
@NamedQuery(name = RegistrationType.CLAIM_SEAT, query = "UPDATE RegistrationType t SET t.taken = t.taken + 1 "
        + "WHERE t.id = :id AND t.taken < t.quota")
public class RegistrationType {

    public static final String OF_CONFERENCE = "RegistrationType.ofConference";
    /** Takes a place of the quota if one is free (1 row) or nothing (0 rows). */
    public static final String CLAIM_SEAT = "RegistrationType.claimSeat";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id", nullable = false, updatable = false)
    private Conference conference;
    @Column(name = "code", nullable = false, length = 20, updatable = false)
    private String code;
    @Column(name = "public_signup", nullable = false)
    private boolean publicSignup;
    @Column(name = "quota", nullable = false)
    private int quota;
    @Column(name = "taken", nullable = false)
    private int taken;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected RegistrationType() {
        // for JPA
    }

    public RegistrationType(Conference conference, String code, boolean publicSignup, int quota) {
        this.conference = conference;
        this.code = code;
        this.publicSignup = publicSignup;
        this.quota = quota;
        this.opensAt = conference.registrationOpensAt();
        this.closesAt = conference.registrationClosesAt();
    }

    /** New quota and sign-up period; the quota may not fall below the places held (caller holds the lock). */
    public void change(int newQuota, Instant newOpensAt, Instant newClosesAt) {
        if (newQuota < taken) {
            throw new ChoiceRefused("quota-" + id, "conference.settings.error.quotaBelowTaken");
        }
        if (newQuota < 0 || newOpensAt == null || newClosesAt == null || !newClosesAt.isAfter(newOpensAt)) {
            throw Refusal.invalid("period-" + id, "conference.settings.error.closesAt").because("quota or period");
        }
        quota = newQuota;
        opensAt = newOpensAt;
        closesAt = newClosesAt;
    }

    /** Whether the public may choose this type now (speakers and staff are registered by the organisers). */
    public boolean openToPublic(Instant now) {
        return publicSignup && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean hasRoom() {
        return Seats.hasRoom(quota, taken);
    }

    public void takeSeat() {
        taken = Seats.take(quota, taken, "type " + code);
    }

    public void releaseSeat() {
        taken = Seats.release(taken, "type " + code);
    }

    public Long id() {
        return id;
    }

    public Conference conference() {
        return conference;
    }

    public String code() {
        return code;
    }

    public boolean publicSignup() {
        return publicSignup;
    }

    public int quota() {
        return quota;
    }

    public int taken() {
        return taken;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
