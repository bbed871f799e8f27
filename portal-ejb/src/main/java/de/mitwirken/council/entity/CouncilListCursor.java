package de.mitwirken.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far the crawl got in one of the council's external lists. */
@Entity
@Table(name = "council_list_cursor")
@NamedQuery(name = CouncilListCursor.BY_URL, query = "SELECT c FROM CouncilListCursor c WHERE c.listUrl = :url")
public class CouncilListCursor {

    public static final String BY_URL = "CouncilListCursor.byUrl";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "list_url", nullable = false)
    private String listUrl;
    @Column(name = "resume_url")
    private String resumeUrl;
    @Column(name = "resume_since")
    private Instant resumeSince;
    @Column(name = "last_success")
    private Instant lastSuccess;

    protected CouncilListCursor() {
    }

    public CouncilListCursor(String listUrl) {
        this.listUrl = listUrl;
    }

    /** A page was applied: the run goes on at next (none: the page was the last). */
    public void pageApplied(String next, Instant runStart) {
        boolean fits = next != null && next.length() <= 2000;
        this.resumeUrl = fits ? next : null;
        this.resumeSince = fits ? runStart : null;
    }

    public void finished(Instant runStart) {
        this.resumeUrl = null;
        this.resumeSince = null;
        this.lastSuccess = runStart;
    }

    public String resumeUrl() {
        return resumeUrl;
    }

    public Instant resumeSince() {
        return resumeSince;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }
}
