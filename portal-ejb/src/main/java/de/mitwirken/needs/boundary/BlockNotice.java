package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.ParticipationBlock;
import java.io.Serializable;
import java.time.LocalDate;

/** What a blocked person is told: why, and the last day (null: for good). */
public record BlockNotice(String reason, LocalDate lastDay) implements Serializable {

    static BlockNotice of(ParticipationBlock block) {
        return new BlockNotice(block.reason(), block.lastDay());
    }

    public boolean forGood() {
        return lastDay == null;
    }
}
