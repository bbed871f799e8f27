package de.mitwirken.council.control;

import de.mitwirken.council.entity.CrawlResult;

/** What one crawl did, counted as it goes; kept as a {@link CrawlResult} when the run ends. */
public class CrawlFigures {

    int lists;
    int pages;
    int objects;
    int deleted;
    int invalid;
    int unknown;
    int failedLists;
    int retries;
    boolean interrupted;
    String problem;

    public int lists() {
        return lists;
    }

    public int pages() {
        return pages;
    }

    public int objects() {
        return objects;
    }

    public int deleted() {
        return deleted;
    }

    public int invalid() {
        return invalid;
    }

    public int unknown() {
        return unknown;
    }

    public int failedLists() {
        return failedLists;
    }

    public int retries() {
        return retries;
    }

    /** The server stopped answering: the crawl ended early and resumes at the next run. */
    public boolean interrupted() {
        return interrupted;
    }

    /** The last problem met, for the status page; null when none. */
    public String problem() {
        return problem;
    }

    /** As the crawl row keeps it. */
    public CrawlResult result() {
        return new CrawlResult(lists, pages, objects, deleted, invalid, unknown, failedLists, retries, interrupted,
                problem);
    }

    @Override
    public String toString() {
        return result().toString();
    }
}
