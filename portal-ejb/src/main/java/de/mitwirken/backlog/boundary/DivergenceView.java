package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.Divergence;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A divergence between two items, open or with its decision, with both items' titles and the id of the council
 * paper linked to its decision (council.boundary.CouncilPapers reads it; null: none).
 */
public record DivergenceView(long id, long itemId, long otherItemId, Instant openedAt, boolean decided,
                             DecidingBody body, LocalDate decisionDate, String outcome, String documentRef,
                             String itemTitle, String otherItemTitle, Long councilPaperId) implements Serializable {

    static DivergenceView of(Divergence d, Map<Long, BacklogReads.Head> heads) {
        long from = d.link().fromItemId();
        long to = d.link().toItemId();
        return new DivergenceView(d.id(), from, to, d.openedAt(), d.isDecided(), d.body(), d.decisionDate(),
                d.outcome(), d.documentRef(), BacklogReads.title(heads, from), BacklogReads.title(heads, to),
                d.councilPaperId());
    }
}
