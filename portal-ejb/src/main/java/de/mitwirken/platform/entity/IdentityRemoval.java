package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Keycloak account that must still be removed; kept until Keycloak confirmed the removal. */
@Entity
@Table(name = "identity_removal")
@NamedQuery(name = IdentityRemoval.ALL, query = "SELECT r FROM IdentityRemoval r ORDER BY r.requestedAt")
public class IdentityRemoval {

    public static final String ALL = "IdentityRemoval.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected IdentityRemoval() {
        // for JPA
    }

    public IdentityRemoval(String subject, Instant requestedAt) {
        this.subject = subject;
        this.requestedAt = requestedAt;
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

    public int attempts() {
        return attempts;
    }
}
