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

/** A realm role to give to or take from a person in Keycloak; kept with the time Keycloak confirmed it. */
@Entity
@Table(name = "role_change")
@NamedQuery(name = RoleChange.PENDING, query = "SELECT r FROM RoleChange r WHERE r.appliedAt IS NULL ORDER BY r.requestedAt, r.id")
@NamedQuery(name = RoleChange.PENDING_OF_SUBJECT, query = "SELECT r FROM RoleChange r WHERE r.appliedAt IS NULL"
        + " AND r.subject = :subject ORDER BY r.requestedAt, r.id")
@NamedQuery(name = RoleChange.OF_SUBJECT, query = "SELECT r FROM RoleChange r WHERE r.subject = :subject ORDER BY r.requestedAt, r.id")
@NamedQuery(name = RoleChange.REVOKED_SINCE, query = "SELECT r.role FROM RoleChange r WHERE r.subject = :subject "
        + "AND r.grant = FALSE AND r.appliedAt > :since")
public class RoleChange {

    /** The roles taken from a person in Keycloak after the given time (a session older than that is stale). */
    public static final String REVOKED_SINCE = "RoleChange.revokedSince";

    public static final String PENDING = "RoleChange.pending";
    public static final String PENDING_OF_SUBJECT = "RoleChange.pendingOfSubject";
    public static final String OF_SUBJECT = "RoleChange.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 64, updatable = false)
    private String subject;

    @Column(name = "role_name", nullable = false, length = 40, updatable = false)
    private String role;

    @Column(name = "grant_role", nullable = false, updatable = false)
    private boolean grant;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected RoleChange() {
        // for JPA
    }

    public RoleChange(String subject, String role, boolean grant, Instant requestedAt) {
        this.subject = Objects.requireNonNull(subject);
        this.role = Objects.requireNonNull(role);
        this.grant = grant;
        this.requestedAt = requestedAt;
    }

    public void applied(Instant now) {
        appliedAt = now;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(1000, error.length()));
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String role() {
        return role;
    }

    public boolean isGrant() {
        return grant;
    }

    public boolean isApplied() {
        return appliedAt != null;
    }
}
