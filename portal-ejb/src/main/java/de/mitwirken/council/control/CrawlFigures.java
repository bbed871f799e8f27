package de.mitwirken.council.control;

/** What one crawl did, counted as it goes (shown on the admin's status page). */
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

    @Override
    public String toString() {
        return "lists " + lists + ", pages " + pages + ", objects " + objects + ", deleted " + deleted + ", invalid "
                + invalid + ", unknown " + unknown + ", failed lists " + failedLists + ", retries " + retries
                + (interrupted ? ", interrupted: " + problem : "");
    }
}
