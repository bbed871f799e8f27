package de.mitwirken.council.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * The council crawl for the admin's status page: whether a council is configured, whether a run is going on or
 * asked for, and the figures of the last run.
 */
public record CrawlStatus(boolean configured, String councilUrl, int intervalSeconds, boolean running,
        boolean requested, Instant startedAt, Instant finishedAt, Instant lastSuccessAt, int lists, int pages,
        int objects, int deleted, int invalid, int unknown, int failedLists, int retries, boolean interrupted,
        String problem, long papers) implements Serializable {
}
