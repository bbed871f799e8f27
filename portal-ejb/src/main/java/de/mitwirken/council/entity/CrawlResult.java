package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What one crawl of the council's server did (the admin's status page shows the last one): lists and pages read,
 * objects kept, deletions marked, objects skipped as invalid or of unknown type, lists that failed, retries, and
 * whether the server stopped answering (then the run resumes next time) with the last problem met.
 */
@Embeddable
public class CrawlResult {

    @Column(name = "lists_read")
    private int lists;
    @Column(name = "pages_read")
    private int pages;
    @Column(name = "objects_kept")
    private int objects;
    @Column(name = "deleted_marked")
    private int deleted;
    @Column(name = "invalid_skipped")
    private int invalid;
    @Column(name = "unknown_skipped")
    private int unknown;
    @Column(name = "failed_lists")
    private int failedLists;
    private int retries;
    private boolean interrupted;
    private String problem;

    protected CrawlResult() {
    }

    public CrawlResult(int lists, int pages, int objects, int deleted, int invalid, int unknown, int failedLists,
            int retries, boolean interrupted, String problem) {
        this.lists = lists;
        this.pages = pages;
        this.objects = objects;
        this.deleted = deleted;
        this.invalid = invalid;
        this.unknown = unknown;
        this.failedLists = failedLists;
        this.retries = retries;
        this.interrupted = interrupted;
        this.problem = Texts.cut(problem, 1000);
    }

    /** Complete: the server answered to the end and every list was read. */
    public boolean complete() {
        return !interrupted && failedLists == 0;
    }

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

    public boolean interrupted() {
        return interrupted;
    }

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
