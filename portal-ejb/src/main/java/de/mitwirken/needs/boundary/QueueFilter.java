package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a moderator narrows the queue to; {@code null} means "all". Only the statuses that wait for a
 * decision can be chosen, anything else falls back to both of them.
 */
public record QueueFilter(NeedStatus status, StrategyField field, SubmitterType submitterType, FlagReason reason,
                          Reported reported) implements Serializable {

    /** Whether reports about needs, about comments or both are shown. */
    public enum Reported {
        NEEDS, COMMENTS
    }

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null);

    public QueueFilter {
        if (status != null && !waiting().contains(status)) {
            status = null;
        }
    }

    public static Set<NeedStatus> waiting() {
        return EnumSet.of(NeedStatus.SUBMITTED, NeedStatus.IN_REVIEW);
    }

    Set<NeedStatus> statuses() {
        return status == null ? waiting() : EnumSet.of(status);
    }
}
