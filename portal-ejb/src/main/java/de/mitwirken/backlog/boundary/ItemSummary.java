package de.mitwirken.backlog.boundary;

import de.mitwirken.backlog.entity.BacklogItem;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.strategy.StrategyField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** A backlog item in a list: the roadmap and the office's backlog. */
public record ItemSummary(long id, String title, Set<StrategyField> fields, String ownerDepartment, Horizon horizon,
                          ItemStatus status, int progress, LocalDate startDate, LocalDate endDate, Integer rank,
                          Double scoreNormalised, boolean rankOverridden) implements Serializable {

    static ItemSummary of(BacklogItem i) {
        return new ItemSummary(i.id(), i.title(), i.fields(), i.ownerDepartment(), i.horizon(), i.status(),
                i.progress(), i.startDate(), i.endDate(), i.rank(), i.scoreNormalised(), i.manualRank() != null);
    }
}
