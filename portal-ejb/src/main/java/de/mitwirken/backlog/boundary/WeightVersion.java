package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.Weights;
import java.io.Serializable;
import java.time.Instant;

/** A saved version of the score weights (id null: the defaults, not saved yet). */
public record WeightVersion(Long id, Weights weights, String note, Instant createdAt, String createdBy)
        implements Serializable {
}
