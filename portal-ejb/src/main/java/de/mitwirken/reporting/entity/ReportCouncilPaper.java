package de.mitwirken.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The council paper with which a progress report went to the council (its id in the council capability, a plain
 * value). Apart from the report's row, which is final once released; the report is submitted after its release.
 */
@Entity
@Table(name = "progress_report_council_paper")
public class ReportCouncilPaper {

    @Id
    @Column(name = "report_id")
    private Long reportId;
    @Column(name = "council_paper_id", nullable = false)
    private long councilPaperId;
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;
    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    protected ReportCouncilPaper() {
    }

    public ReportCouncilPaper(long reportId, long councilPaperId, String by, Instant at) {
        this.reportId = reportId;
        relink(councilPaperId, by, at);
    }

    /** Another paper instead; returns the one before. */
    public long relink(long paperId, String by, Instant at) {
        long before = councilPaperId;
        this.councilPaperId = paperId;
        this.linkedBy = Objects.requireNonNull(by);
        this.linkedAt = at;
        return before;
    }

    public long councilPaperId() {
        return councilPaperId;
    }
}
