package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.LinkType;
import de.mitwirken.backlog.entity.Milestone;
import de.mitwirken.backlog.entity.Score;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A backlog item with everything its page shows, including the score explanation ("why this rank"),
 * computed with the weight set of the last ranking, the justification of a manual rank, and the
 * description in Leichte Sprache (null when there is none).
 */
public record ItemDetail(ItemSummary summary, String description, String dropReason, Integer impactRating,
                         Integer confidence, Integer boardConfidence, BigDecimal effort, Set<Long> needIds,
                         Set<Long> clusterIds, Set<Long> serviceIds, List<MilestoneView> milestones,
                         List<LinkView> links, Score score, String rankJustification, String easyDescription)
        implements Serializable {

    /** A milestone. */
    public record MilestoneView(long id, String title, LocalDate dueDate, boolean done) implements Serializable {
    }

    /**
     * A link seen from this item: the other item (title, whether the public sees it), the type, whether this
     * item is the "from" end, and for a conflict its divergence.
     */
    public record LinkView(long id, long otherItemId, String otherTitle, boolean otherPublished, LinkType type,
                           boolean outgoing, DivergenceView divergence) implements Serializable {
    }

    static ItemDetail of(BacklogItem i, List<LinkView> links, Score score, String rankJustification) {
        return new ItemDetail(ItemSummary.of(i), i.description(), i.dropReason(), i.impactRating(), i.confidence(),
                i.boardConfidence(), i.effort(), i.needIds(), i.clusterIds(), i.serviceIds(),
                i.milestones().stream().map(ItemDetail::milestone).toList(),
                links, score, rankJustification, i.easyDescription());
    }

    private static MilestoneView milestone(Milestone m) {
        return new MilestoneView(m.id(), m.title(), m.dueDate(), m.done());
    }
}
