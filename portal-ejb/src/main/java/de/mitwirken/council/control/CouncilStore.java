package de.mitwirken.council.control;

import java.time.Instant;

/**
 * Where the crawl keeps what it read and how far it got, per external list. {@link #apply} is one unit: the
 * page's objects and the resume point together or neither (the JPA store: one transaction per page).
 */
public interface CouncilStore {

    /** How far a list got: the page to resume at (with the start of the interrupted run), the last full run. */
    record Cursor(String resumeUrl, Instant resumeSince, Instant lastSuccess) {

        public static final Cursor NEW = new Cursor(null, null, null);
    }

    Cursor cursor(String listUrl);

    /** Keeps one page's objects and deletions, and that the list goes on at next (null: the page was the last). */
    void apply(String listUrl, OparlData.Page page, String next, Instant runStart);

    /** The list was read to its end: the next run asks for what changed since runStart. */
    void finished(String listUrl, Instant runStart);
}
