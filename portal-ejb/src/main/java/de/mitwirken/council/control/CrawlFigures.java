package de.mitwirken.council.control;

import de.mitwirken.council.entity.CrawlResult;

/** What one crawl did, counted as it goes (only the crawl counts); read as the {@link CrawlResult} it ends with. */
class CrawlFigures {

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

    CrawlResult result() {
        return new CrawlResult(lists, pages, objects, deleted, invalid, unknown, failedLists, retries, interrupted,
                problem);
    }
}
