package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person represents an organisation from an accepted request until the office withdraws it, the person gives it
 * up or deletes their account. Only a running representation lets a person speak in the organisation's name.
 */
@Entity
@Table(name = "organisation_representative")
@NamedQuery(name = Representation.RUNNING_OF_PERSON, query = "SELECT r FROM Representation r"
        + " WHERE r.profileId = :profile AND r.endedAt IS NULL ORDER BY r.since")
@NamedQuery(name = Representation.OF_PERSON, query = "SELECT r FROM Representation r"
        + " WHERE r.profileId = :profile ORDER BY r.since DESC, r.id DESC")
@NamedQuery(name = Representation.RUNNING_OF_ORGANISATION, query = "SELECT r FROM Representation r"
        + " WHERE r.organisationId = :organisation AND r.endedAt IS NULL ORDER BY r.since")
@NamedQuery(name = Representation.RUNNING, query = "SELECT r FROM Representation r WHERE r.endedAt IS NULL"
        + " ORDER BY r.organisationId, r.since")
@NamedQuery(name = Representation.RUNNING_ONE, query = "SELECT r FROM Representation r WHERE r.profileId = :profile"
        + " AND r.organisationId = :organisation AND r.endedAt IS NULL")
public class Representation {

    public static final String RUNNING_OF_PERSON = "Representation.runningOfPerson";
    public static final String OF_PERSON = "Representation.ofPerson";
    public static final String RUNNING_OF_ORGANISATION = "Representation.runningOfOrganisation";
    public static final String RUNNING = "Representation.running";
    public static final String RUNNING_ONE = "Representation.runningOne";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "since", nullable = false, updatable = false)
    private Instant since;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 255)
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    protected Representation() {
        // for JPA
    }

    public static Representation from(RepresentationRequest accepted, Instant now) {
        if (accepted.status() != RequestStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted request makes a representative");
        }
        Representation r = new Representation();
        r.organisationId = accepted.organisationId();
        r.profileId = accepted.profileId();
        r.requestId = accepted.id();
        r.since = Objects.requireNonNull(now);
        return r;
    }

    /** The office withdraws it, with a reason the person is told (10–1000 characters). */
    public void withdraw(String reason, String by, Instant now) {
        String text = CleanText.multiline(reason);
        int length = CleanText.length(text);
        if (length < RepresentationRequest.REASON_MIN || length > RepresentationRequest.REASON_MAX) {
            throw Refusal.invalid("reason", "platform.organisations.error.reason");
        }
        end(text, by, now);
    }

    /** The person gives it up themselves (or their account goes): no reason asked. */
    public void giveUp(String by, Instant now) {
        end(null, by, now);
    }

    private void end(String reason, String by, Instant now) {
        if (endedAt != null) {
            throw Refusal.notAllowed("platform.organisations.error.ended");
        }
        endedAt = Objects.requireNonNull(now);
        endedBy = by;
        endReason = reason;
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public long profileId() {
        return profileId;
    }

    public Instant since() {
        return since;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }
}
