package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.Divergence;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A divergence between two items, open or with its decision. */
public record DivergenceView(long id, long itemId, long otherItemId, Instant openedAt, boolean decided,
                             DecidingBody body, LocalDate decisionDate, String outcome, String documentRef)
        implements Serializable {

    static DivergenceView of(Divergence d) {
        return new DivergenceView(d.id(), d.link().fromItemId(), d.link().toItemId(), d.openedAt(), d.isDecided(),
                d.body(), d.decisionDate(), d.outcome(), d.documentRef());
    }
}
