package de.mitwirken.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A solved puzzle of the human check, kept until it expires so that its solution is taken only once. The insert
 * decides: one row per proof, so of two posts with the same solution (on any node) exactly one counts.
 */
@Entity
@Table(name = "human_check_used")
@NamedNativeQuery(name = UsedHumanCheck.USE, query = "INSERT IGNORE INTO human_check_used (proof, expires_at) VALUES (?, ?)")
@NamedQuery(name = UsedHumanCheck.DELETE_EXPIRED, query = "DELETE FROM UsedHumanCheck u WHERE u.expiresAt < :cutoff")
public class UsedHumanCheck {

    /** 1: the proof was new and is now used; 0: it was used before. */
    public static final String USE = "UsedHumanCheck.use";
    public static final String DELETE_EXPIRED = "UsedHumanCheck.deleteExpired";

    @Id
    @Column(name = "proof", length = 64)
    private String proof;
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected UsedHumanCheck() {
        // for JPA
    }
}
