package de.mitwirken.reporting.entity;

import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
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
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * A progress report (Umsetzungsbericht): its period, version (1, 2, … per period), when and by whom it was
 * generated. It starts as a draft: the generated text in German and English, with a mark where each
 * commentary goes, and no PDF. The strategy office writes the commentary (overall and per strategy field;
 * German required, English optional, see {@link #releaseProblems}); the release writes the commentary into
 * the text, stores both PDFs with their SHA-256 and makes the report final. There are no setters; the
 * database's triggers (V7, V25) refuse any change of a released report and any deletion too.
 * <p>
 * The named queries of the reporting capability live here, including the reads of backlog and needs
 * entities the report is composed from (reporting reads those capabilities; they never read reporting).
 */
@Entity
@Table(name = "progress_report")
@NamedQuery(name = ProgressReport.SUMMARIES, query = "SELECT r.id, r.periodFrom, r.periodTo, r.version, r.title,"
        + " r.generatedAt, r.generatedBy, r.pdfSha256, r.releasedAt, r.releasedBy, r.titleEn FROM ProgressReport r"
        + " ORDER BY r.periodTo DESC, r.periodFrom DESC, r.version DESC")
@NamedQuery(name = ProgressReport.RELEASED_SUMMARIES, query = "SELECT r.id, r.periodFrom, r.periodTo, r.version, r.title,"
        + " r.generatedAt, r.generatedBy, r.pdfSha256, r.releasedAt, r.releasedBy, r.titleEn FROM ProgressReport r"
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

    /** The longest commentary of one section in one language, in characters. */
    public static final int COMMENTARY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

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

    /** A draft: the German text with commentary marks; released: the German document. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html", nullable = false)
    private String html;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Column(name = "title_en", updatable = false, length = 300)
    private String titleEn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_en")
    private String htmlEn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf_en")
    private byte[] pdfEn;

    @Column(name = "pdf_en_sha256", length = 64)
    private String pdfEnSha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_report_commentary", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "slot", length = 40)
    @Column(name = "body", nullable = false)
    private Map<String, String> commentary = new HashMap<>();

    @Column(name = "commentary_at")
    private Instant commentaryAt;

    @Column(name = "commentary_by")
    private String commentaryBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    protected ProgressReport() {
        // for JPA
    }

    /** A new draft: the generated text in German and English, each with its commentary marks. */
    public ProgressReport(ReportPeriod period, int version, Text german, Text english, String generatedBy, Instant now) {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        this.periodFrom = Objects.requireNonNull(period.from());
        this.periodTo = Objects.requireNonNull(period.to());
        this.version = version;
        this.language = Language.DE.tag();
        this.title = german.title();
        this.html = german.html();
        this.titleEn = english.title();
        this.htmlEn = english.html();
        this.generatedBy = Objects.requireNonNull(generatedBy);
        this.generatedAt = Objects.requireNonNull(now);
    }

    /** A report's text in one language: title and HTML fragment. */
    public record Text(String title, String html) {
        public Text {
            if (title == null || title.isBlank() || html == null || html.isBlank()) {
                throw new IllegalArgumentException("a report text has its title and its HTML");
            }
        }
    }

    /** The final document in one language: its HTML with the commentary and the PDF printed from it. */
    public record Document(String html, byte[] pdf) {
        public Document {
            if (html == null || html.isBlank() || pdf == null || pdf.length == 0) {
                throw new IllegalArgumentException("a released report has its HTML and its PDF");
            }
        }
    }

    /** Why a commentary text cannot be stored (a message key), or empty. */
    public static Optional<String> commentaryProblem(String text) {
        return text != null && text.strip().length() > COMMENTARY_MAX ? Optional.of("reporting.error.commentary.long")
                : Optional.empty();
    }

    /**
     * Writes the commentary of the draft (blank removes one) and stamps who did it when, also when nothing
     * changed, so that the version moves and an open form with the old version is refused. Returns the sections
     * that changed, as slots.
     */
    public Map<String, String> writeCommentary(Map<String, String> texts, String by, Instant now) {
        if (isReleased()) {
            throw new IllegalStateException("report " + id + " is released: its commentary is final");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        texts.forEach((slot, text) -> {
            if (!isSlot(slot) || commentaryProblem(text).isPresent()) {
                // the boundary checked the lengths per slot already: this is a slot the form cannot have
                throw Refusal.invalid("commentary", "reporting.error.commentary.slot");
            }
            String stored = text == null ? "" : text.strip();
            if (!stored.equals(commentary.getOrDefault(slot, ""))) {
                changed.put(slot, stored);
                if (stored.isEmpty()) {
                    commentary.remove(slot);
                } else {
                    commentary.put(slot, stored);
                }
            }
        });
        commentaryBy = Objects.requireNonNull(by);
        commentaryAt = Objects.requireNonNull(now);
        return changed;
    }

    /** The stored name of a section's commentary in a language, e.g. "de.OVERALL". */
    public static String slot(Language language, CommentarySection section) {
        return language.tag() + "." + section.name();
    }

    private static boolean isSlot(String slot) {
        String[] parts = slot == null ? new String[0] : slot.split("\\.", 2);
        return parts.length == 2 && Language.fromTag(parts[0]).filter(l -> l.tag().equals(parts[0])).isPresent()
                && java.util.Arrays.stream(CommentarySection.values()).anyMatch(s -> s.name().equals(parts[1]));
    }

    public Optional<String> commentary(Language language, CommentarySection section) {
        return Optional.ofNullable(commentary.get(slot(language, section)));
    }

    /**
     * What keeps the draft from its release, per section (a message key): the German commentary is required for
     * the whole report and for every strategy field; English is optional (missing, the German is shown with a
     * note); a released report is released already.
     */
    public Map<CommentarySection, String> releaseProblems() {
        Map<CommentarySection, String> problems = new LinkedHashMap<>();
        if (isReleased()) {
            return problems;
        }
        for (CommentarySection section : CommentarySection.inOrder()) {
            if (commentary(Language.DE, section).isEmpty()) {
                problems.put(section, "reporting.error.commentary.missing");
            }
        }
        return problems;
    }

    public boolean mayRelease() {
        return !isReleased() && releaseProblems().isEmpty();
    }

    /** Releases the report with its final documents (English may be null for a report made before V25), once. */
    public void release(String by, Instant now, Document german, Document english) {
        if (isReleased()) {
            throw new IllegalStateException("report " + id + " is released already");
        }
        if (!releaseProblems().isEmpty()) {
            throw new IllegalStateException("report " + id + " misses commentary: " + releaseProblems().keySet());
        }
        html = german.html();
        pdf = german.pdf().clone();
        pdfSha256 = sha256(pdf);
        if (english != null && titleEn != null) {
            htmlEn = english.html();
            pdfEn = english.pdf().clone();
            pdfEnSha256 = sha256(pdfEn);
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

    /** A file name for the PDF: umsetzungsbericht-2026-09-01-bis-2026-11-15-v1.pdf (English: progress-report-…-en.pdf). */
    public String fileName(Language in) {
        return in == Language.EN && hasEnglish() ? "progress-report-" + periodFrom + "-to-" + periodTo + "-v" + version + "-en.pdf"
                : "umsetzungsbericht-" + periodFrom + "-bis-" + periodTo + "-v" + version + ".pdf";
    }

    public String fileName() {
        return fileName(Language.DE);
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    /** Whether the report exists in English too (every report generated since V25). */
    public boolean hasEnglish() {
        return titleEn != null;
    }

    /** The language the report is shown in when a reader asks for this one: English if it exists, else German. */
    public Language shownIn(Language wanted) {
        return wanted == Language.EN && hasEnglish() ? Language.EN : Language.DE;
    }

    public Long id() {
        return id;
    }

    public long lockVersion() {
        return lockVersion;
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

    public String title(Language in) {
        return shownIn(in) == Language.EN ? titleEn : title;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    /** Draft: the German text with commentary marks; released: the German document. */
    public String html() {
        return html;
    }

    public String html(Language in) {
        return shownIn(in) == Language.EN ? htmlEn : html;
    }

    /** A copy: the stored bytes cannot be changed through it; null for a draft. */
    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    public byte[] pdf(Language in) {
        byte[] stored = shownIn(in) == Language.EN ? pdfEn : pdf;
        return stored == null ? null : stored.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String pdfSha256(Language in) {
        return shownIn(in) == Language.EN ? pdfEnSha256 : pdfSha256;
    }

    public Instant commentaryAt() {
        return commentaryAt;
    }

    public String commentaryBy() {
        return commentaryBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }
}
