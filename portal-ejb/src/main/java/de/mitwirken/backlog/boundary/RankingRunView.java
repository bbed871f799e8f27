package de.mitwirken.backlog.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A ranking run as the office page shows it: when, how long, with which weight set version, why, by whom. */
public record RankingRunView(Instant startedAt, int durationMs, long weightSetId, int items, int ranksChanged,
                             String cause, String runBy) implements Serializable {
}
