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
import java.util.Map;
import java.util.Objects;

/**
 * A person's request to represent an organisation. It is decided once: accepted (attached to an organisation) or
 * rejected with a reason the person is told.
 */
@Entity
@Table(name = "organisation_request")
@NamedQuery(name = RepresentationRequest.OPEN, query = "SELECT r FROM RepresentationRequest r"
        + " WHERE r.status = de.mitwirken.platform.entity.RequestStatus.OPEN ORDER BY r.requestedAt, r.id")
@NamedQuery(name = RepresentationRequest.OF_PERSON, query = "SELECT r FROM RepresentationRequest r"
        + " WHERE r.profileId = :profile ORDER BY r.requestedAt DESC, r.id DESC")
@NamedQuery(name = RepresentationRequest.OPEN_OF_PERSON, query = "SELECT COUNT(r) FROM RepresentationRequest r"
        + " WHERE r.profileId = :profile AND r.status = de.mitwirken.platform.entity.RequestStatus.OPEN")
@NamedQuery(name = RepresentationRequest.REJECTED_BEFORE, query = "SELECT r.id FROM RepresentationRequest r"
        + " WHERE r.status = de.mitwirken.platform.entity.RequestStatus.REJECTED AND r.decidedAt < :cutoff")
@NamedQuery(name = RepresentationRequest.DELETE_OF_PERSON, query = "DELETE FROM RepresentationRequest r"
        + " WHERE r.profileId = :profile")
public class RepresentationRequest {

    public static final String DELETE_OF_PERSON = "RepresentationRequest.deleteOfPerson";
    public static final String OPEN = "RepresentationRequest.open";
    public static final String OF_PERSON = "RepresentationRequest.ofPerson";
    public static final String OPEN_OF_PERSON = "RepresentationRequest.openOfPerson";
    public static final String REJECTED_BEFORE = "RepresentationRequest.rejectedBefore";
    /** Open requests one person may have at a time: enough for real cases, too few to flood the office. */
    public static final int OPEN_MAX = 3;
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Column(name = "name", nullable = false, length = 200, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 30, updatable = false)
    private OrganisationType type;

    @Column(name = "register_number", length = 40, updatable = false)
    private String registerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RequestStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected RepresentationRequest() {
        // for JPA
    }

    /** A new request; the draft must have no problems (the boundary refuses those field by field). */
    public static RepresentationRequest of(long profileId, OrganisationDraft draft, Instant now) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw Refusal.invalid(first.getKey(), first.getValue());
        }
        RepresentationRequest r = new RepresentationRequest();
        r.profileId = profileId;
        r.name = draft.name();
        r.type = draft.type();
        r.registerNumber = draft.register();
        r.status = RequestStatus.OPEN;
        r.requestedAt = Objects.requireNonNull(now);
        return r;
    }

    /** The office accepts: the person represents {@code organisation} from now on. */
    public void accept(Organisation organisation, String by, Instant now) {
        requireOpen();
        status = RequestStatus.ACCEPTED;
        organisationId = Objects.requireNonNull(organisation.id());
        decidedBy = by;
        decidedAt = now;
    }

    /** The office rejects, with a reason the person is told (10–1000 characters). */
    public void reject(String why, String by, Instant now) {
        requireOpen();
        String text = CleanText.multiline(why);
        int length = CleanText.length(text);
        if (length < REASON_MIN || length > REASON_MAX) {
            throw Refusal.invalid("reason", "platform.organisations.error.reason");
        }
        status = RequestStatus.REJECTED;
        reason = text;
        decidedBy = by;
        decidedAt = now;
    }

    private void requireOpen() {
        if (status != RequestStatus.OPEN) {
            throw Refusal.notAllowed("platform.organisations.error.decided");
        }
    }

    public Long id() {
        return id;
    }

    public long profileId() {
        return profileId;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public Long organisationId() {
        return organisationId;
    }
}
