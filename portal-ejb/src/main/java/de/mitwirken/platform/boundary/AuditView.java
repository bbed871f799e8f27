package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/** An audit entry as the administration pages show it. */
public record AuditView(long id, Instant occurredAt, String actorUsername, String actorName, String action,
                        String objectType, String objectId, String summary, String before, String after)
        implements Serializable {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), e.occurredAt(), e.actorUsername(), e.actorName(), e.action(), e.objectType(),
                e.objectId(), e.summary(), e.beforeState(), e.afterState());
    }
}
