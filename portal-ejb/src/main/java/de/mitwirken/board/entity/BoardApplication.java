package de.mitwirken.board.entity;

import de.mitwirken.platform.entity.CleanText;
import de.mitwirken.strategy.StrategyField;
import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One person's application in one call. It knows its lifecycle: submitted → shortlisted → admitted or
 * rejected (with a reason), or withdrawn by the applicant while still open. Whether a seat is free is the
 * database's question (CallSeats), asked by the boundary before admit() is called.
 */
@Entity
@Table(name = "board_application")
@NamedQuery(name = BoardApplication.OF_CALL, query = "SELECT a FROM BoardApplication a WHERE a.call.id = :call ORDER BY a.submittedAt, a.id")
@NamedQuery(name = BoardApplication.OF_APPLICANT, query = "SELECT a FROM BoardApplication a JOIN FETCH a.call WHERE a.applicantId = :applicant ORDER BY a.submittedAt DESC")
@NamedQuery(name = BoardApplication.BY_CALL_AND_APPLICANT, query = "SELECT a FROM BoardApplication a WHERE a.call.id = :call AND a.applicantId = :applicant")
@NamedQuery(name = BoardApplication.OPEN_COUNTS, query = "SELECT a.call.id, COUNT(a) FROM BoardApplication a WHERE a.status IN :open GROUP BY a.call.id")
public class BoardApplication {

    public static final String OF_CALL = "BoardApplication.ofCall";
    public static final String OF_APPLICANT = "BoardApplication.ofApplicant";
    public static final String BY_CALL_AND_APPLICANT = "BoardApplication.byCallAndApplicant";
    public static final String OPEN_COUNTS = "BoardApplication.openCounts";
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private BoardCall call;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "constituency", nullable = false, length = 20, updatable = false)
    private Constituency constituency;

    /** The verified organisation's name when the application was made (older applications: typed text). */
    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Convert(converter = FieldSetConverter.class)
    @Column(name = "expertise", nullable = false, length = 400)
    private Set<StrategyField> expertise;

    @Column(name = "motivation", nullable = false)
    private String motivation;

    @Column(name = "has_conflicts", nullable = false)
    private boolean hasConflicts;

    @Column(name = "conflict_details")
    private String conflictDetails;

    @Column(name = "public_listing", nullable = false)
    private boolean publicListing;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ApplicationStatus status;

    @Column(name = "reason")
    private String reason;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected BoardApplication() {
        // for JPA
    }

    /**
     * An application to an open call from a draft without problems; {@code organisationName} is the name of the
     * verified organisation the draft names (the boundary checked that the applicant represents it), else null.
     */
    public static BoardApplication submit(BoardCall call, long applicantId, ApplicationDraft draft,
                                          String organisationName, Instant now, LocalDate today) {
        if (!call.isOpenOn(today)) {
            throw new IllegalStateException("the call is not open");
        }
        if (!draft.problems(call).isEmpty()) {
            throw new IllegalArgumentException("invalid application: " + draft.problems(call));
        }
        BoardApplication application = new BoardApplication();
        application.call = call;
        application.applicantId = applicantId;
        application.constituency = draft.constituency();
        if ((draft.organisationId() == null) != (organisationName == null)) {
            throw new IllegalArgumentException("an organisation is named by its number and its verified name");
        }
        application.organisation = organisationName;
        application.organisationId = draft.organisationId();
        application.expertise = Set.copyOf(draft.expertise());
        application.motivation = draft.motivation();
        application.hasConflicts = draft.hasConflicts();
        application.conflictDetails = draft.hasConflicts() ? draft.conflictDetails() : null;
        application.publicListing = draft.publicListing();
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = now;
        return application;
    }

    public void shortlist(String by, Instant now) {
        refuseUnless(status == ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.SHORTLISTED;
        decidedBy = by;
        decidedAt = now;
    }

    /** Admits the applicant; the caller has taken the seat. Their membership starts today. */
    public BoardMember admit(String by, Instant now, LocalDate today) {
        requireOpen();
        status = ApplicationStatus.ADMITTED;
        decidedBy = by;
        decidedAt = now;
        return new BoardMember(this, today, call.termEndFrom(today));
    }

    public void reject(String reason, String by, Instant now) {
        refuseUnless(status.isOpen());
        String cleaned = CleanText.multiline(reason);
        int length = CleanText.length(cleaned);
        if (length < REASON_MIN || length > REASON_MAX) {
            throw Refusal.invalid("reason", "board.error.reason").because("a rejection needs a reason");
        }
        status = ApplicationStatus.REJECTED;
        this.reason = cleaned;
        decidedBy = by;
        decidedAt = now;
    }

    public void withdraw(Instant now) {
        refuseUnless(status.isOpen());
        status = ApplicationStatus.WITHDRAWN;
        decidedAt = now;
        decidedBy = null;
    }

    /** The applicant deleted their account: an open application is withdrawn, their own words erased. */
    public void erasePersonalText(String erased, Instant now) {
        if (status.isOpen()) {
            withdraw(now);
        }
        motivation = erased;
        conflictDetails = hasConflicts ? erased : null;
        publicListing = false;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("the application is " + status);
        }
    }

    /** A step of the office or the applicant that the application's status does not allow (any more). */
    private void refuseUnless(boolean allowed) {
        if (!allowed) {
            throw Refusal.notAllowed("board.error.transition").because("the application is " + status);
        }
    }

    /** The state the audit log keeps before and after a review step. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("constituency", constituency);
        state.put("reason", reason);
        return state;
    }

    public Long id() {
        return id;
    }

    public BoardCall call() {
        return call;
    }

    public long applicantId() {
        return applicantId;
    }

    public Constituency constituency() {
        return constituency;
    }

    public String organisation() {
        return organisation;
    }

    /** The verified organisation applied for; null for a private person and for applications from before. */
    public Long organisationId() {
        return organisationId;
    }

    public Set<StrategyField> expertise() {
        return Set.copyOf(expertise);
    }

    public String motivation() {
        return motivation;
    }

    public boolean hasConflicts() {
        return hasConflicts;
    }

    public String conflictDetails() {
        return conflictDetails;
    }

    public boolean publicListing() {
        return publicListing;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
