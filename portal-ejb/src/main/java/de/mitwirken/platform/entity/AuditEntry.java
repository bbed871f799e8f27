package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded staff action. Immutable: every field is final for the application (updatable = false)
 * and the database refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The signed-in user name (Keycloak's preferred_username), or "system" for scheduled jobs. */
    @Column(name = "actor_username", nullable = false, updatable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(name = "action", nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 64)
    private String objectId;

    @Column(name = "summary", nullable = false, updatable = false, length = 500)
    private String summary;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actorUsername, String actorName, String action, String objectType,
                      String objectId, String summary, String beforeState, String afterState) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorUsername = clip(Objects.requireNonNull(actorUsername), 255);
        this.actorName = clip(Objects.requireNonNull(actorName), 255);
        this.action = clip(Objects.requireNonNull(action), 100);
        this.objectType = clip(Objects.requireNonNull(objectType), 60);
        this.objectId = clip(Objects.requireNonNull(objectId), 64);
        this.summary = clip(summary == null ? "" : summary, 500);
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String summary() {
        return summary;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }
}
