package de.mitwirken.needs.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person a moderator blocked from submitting, supporting, commenting and flagging. */
@Entity
@Table(name = "participation_block")
public class ParticipationBlock {

    @Id
    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "blocked_at", nullable = false)
    private Instant blockedAt;

    @Column(name = "blocked_by", nullable = false)
    private String blockedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected ParticipationBlock() {
        // for JPA
    }

    public ParticipationBlock(long profileId, String reason, String blockedBy, Instant now) {
        String clean = CleanText.line(reason);
        if (clean.isEmpty() || clean.length() > 500) {
            throw Refusal.invalid("blockReason", "needs.error.blockReason");
        }
        this.profileId = profileId;
        this.reason = clean;
        this.blockedBy = blockedBy;
        this.blockedAt = now;
    }

    public String reason() {
        return reason;
    }
}
