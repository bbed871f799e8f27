package de.mitwirken.reporting.entity;

import de.mitwirken.platform.entity.Language;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A generated progress report (Umsetzungsbericht), stored unchangeable: its period, version (1, 2, … per
 * period), when and by whom it was generated, the HTML snapshot, the PDF and the PDF's SHA-256. The only
 * change a report ever takes is its release, once. There are no setters; every content column is
 * {@code updatable = false}, and the database's triggers (V7) refuse any other change or deletion too.
 * <p>
 * The named queries of the reporting capability live here, including the reads of backlog and needs
 * entities the report is composed from (reporting reads those capabilities; they never read reporting).
 */
@Entity
@Table(name = "progress_report")
@NamedQuery(name = ProgressReport.SUMMARIES, query = "SELECT r.id, r.periodFrom, r.periodTo, r.version, r.title,"
        + " r.generatedAt, r.generatedBy, r.pdfSha256, r.releasedAt, r.releasedBy FROM ProgressReport r"
        + " ORDER BY r.periodTo DESC, r.periodFrom DESC, r.version DESC")
@NamedQuery(name = ProgressReport.RELEASED_SUMMARIES, query = "SELECT r.id, r.periodFrom, r.periodTo, r.version, r.title,"
        + " r.generatedAt, r.generatedBy, r.pdfSha256, r.releasedAt, r.releasedBy FROM ProgressReport r"
        + " WHERE r.releasedAt IS NOT NULL ORDER BY r.periodTo DESC, r.periodFrom DESC, r.version DESC")
@NamedQuery(name = ProgressReport.LATEST_VERSION, query = "SELECT MAX(r.version) FROM ProgressReport r"
        + " WHERE r.periodFrom = :from AND r.periodTo = :to")
@NamedQuery(name = ProgressReport.COUNT, query = "SELECT COUNT(r) FROM ProgressReport r")
@NamedQuery(name = ProgressReport.STATUS_HISTORY, query = "SELECT c FROM ItemStatusChange c WHERE c.changedAt < :end"
        + " ORDER BY c.itemId, c.changedAt, c.id")
@NamedQuery(name = ProgressReport.ITEMS, query = "SELECT DISTINCT i FROM BacklogItem i LEFT JOIN FETCH i.fields"
        + " WHERE i.id IN :ids")
@NamedQuery(name = ProgressReport.NEW_NEEDS_PER_FIELD, query = "SELECT n.field, COUNT(n) FROM Need n"
        + " WHERE n.listed = TRUE AND n.publishedAt >= :start AND n.publishedAt < :end GROUP BY n.field")
@NamedQuery(name = ProgressReport.NEW_NEEDS_OF_FIELD, query = "SELECT n.id, n.title, n.supportCount FROM Need n"
        + " WHERE n.listed = TRUE AND n.field = :field AND n.publishedAt >= :start AND n.publishedAt < :end"
        + " ORDER BY n.supportCount DESC, n.publishedAt, n.id")
@NamedQuery(name = ProgressReport.NEW_CLUSTERS, query = "SELECT c.id, c.title, n.field, COUNT(n) FROM Need n JOIN n.cluster c"
        + " WHERE n.listed = TRUE AND c.createdAt >= :start AND c.createdAt < :end GROUP BY c.id, c.title, n.field"
        + " ORDER BY c.title")
@NamedQuery(name = ProgressReport.DECIDED_DIVERGENCES, query = "SELECT d FROM Divergence d"
        + " WHERE d.decisionDate >= :from AND d.decisionDate <= :to ORDER BY d.decisionDate, d.id")
@NamedQuery(name = ProgressReport.OPEN_DIVERGENCES, query = "SELECT d FROM Divergence d WHERE d.openedAt < :end"
        + " AND (d.decisionDate IS NULL OR d.decisionDate > :to) ORDER BY d.openedAt, d.id")
@NamedQuery(name = ProgressReport.ITEM_TITLES, query = "SELECT i.id, i.title, i.status FROM BacklogItem i WHERE i.id IN :ids")
public class ProgressReport {

    public static final String SUMMARIES = "ProgressReport.summaries";
    public static final String RELEASED_SUMMARIES = "ProgressReport.releasedSummaries";
    public static final String LATEST_VERSION = "ProgressReport.latestVersion";
    public static final String COUNT = "ProgressReport.count";
    /** Every status change of every backlog item before the end of a period, per item in time order. */
    public static final String STATUS_HISTORY = "ProgressReport.statusHistory";
    public static final String ITEMS = "ProgressReport.items";
    public static final String NEW_NEEDS_PER_FIELD = "ProgressReport.newNeedsPerField";
    public static final String NEW_NEEDS_OF_FIELD = "ProgressReport.newNeedsOfField";
    public static final String NEW_CLUSTERS = "ProgressReport.newClusters";
    public static final String DECIDED_DIVERGENCES = "ProgressReport.decidedDivergences";
    public static final String OPEN_DIVERGENCES = "ProgressReport.openDivergences";
    public static final String ITEM_TITLES = "ProgressReport.itemTitles";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "report_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html", nullable = false, updatable = false)
    private String html;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    protected ProgressReport() {
        // for JPA
    }

    public ProgressReport(ReportPeriod period, int version, Language language, String title, String html, byte[] pdf,
                          String generatedBy, Instant now) {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        if (pdf == null || pdf.length == 0 || html == null || html.isBlank()) {
            throw new IllegalArgumentException("a report has its HTML and its PDF");
        }
        this.periodFrom = Objects.requireNonNull(period.from());
        this.periodTo = Objects.requireNonNull(period.to());
        this.version = version;
        this.language = language.tag();
        this.title = Objects.requireNonNull(title);
        this.html = html;
        this.pdf = pdf.clone();
        this.pdfSha256 = sha256(pdf);
        this.generatedBy = Objects.requireNonNull(generatedBy);
        this.generatedAt = Objects.requireNonNull(now);
    }

    /** Releases the report for the public; a report is released once and stays released. */
    public void release(String by, Instant now) {
        if (isReleased()) {
            throw new IllegalStateException("report " + id + " is released already");
        }
        releasedBy = Objects.requireNonNull(by);
        releasedAt = Objects.requireNonNull(now);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A file name for the PDF: umsetzungsbericht-2026-09-01-bis-2026-11-15-v1.pdf. */
    public String fileName() {
        return "umsetzungsbericht-" + periodFrom + "-bis-" + periodTo + "-v" + version + ".pdf";
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public Long id() {
        return id;
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodFrom, periodTo);
    }

    public int version() {
        return version;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String title() {
        return title;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public String html() {
        return html;
    }

    /** A copy: the stored bytes cannot be changed through it. */
    public byte[] pdf() {
        return pdf.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }
}
