package de.mitwirken.backlog.entity;

import de.mitwirken.platform.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * A goal conflict (Zielkonflikt) between two items, opened by a CONFLICTS_WITH link. It stays open until
 * a political decision is recorded, and it is decided once: a later change of mind is a new decision of
 * the council and a new link, not an overwritten record.
 */
@Entity
@Table(name = "divergence")
@NamedQuery(name = Divergence.OPEN, query = "SELECT d FROM Divergence d WHERE d.decidedAt IS NULL ORDER BY d.openedAt")
@NamedQuery(name = Divergence.ALL, query = "SELECT d FROM Divergence d ORDER BY d.openedAt DESC")
@NamedQuery(name = Divergence.OF_LINKS, query = "SELECT d FROM Divergence d WHERE d.link.id IN :linkIds")
public class Divergence {

    public static final String OF_LINKS = "Divergence.ofLinks";
    public static final String OPEN = "Divergence.open";
    public static final String ALL = "Divergence.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "link_id", nullable = false, updatable = false)
    private ItemLink link;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_body", length = 10)
    private DecidingBody body;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "document_ref", length = 30)
    private String documentRef;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    /** The council paper that records the decision: its id in the council capability, kept as a plain value. */
    @Column(name = "council_paper_id")
    private Long councilPaperId;

    protected Divergence() {
        // for JPA
    }

    public static Divergence openFor(ItemLink link, Instant now) {
        if (!link.type().opensDivergence()) {
            throw new IllegalArgumentException("only a conflict opens a divergence");
        }
        Divergence divergence = new Divergence();
        divergence.link = Objects.requireNonNull(link);
        divergence.openedAt = now;
        return divergence;
    }

    public void decide(DivergenceDecision decision, String by, Instant now) {
        if (isDecided()) {
            throw Refusal.notAllowed("backlog.error.transition").because("this divergence is decided already");
        }
        Map<String, String> problems = decision.problems(LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (!problems.isEmpty()) {
            throw Refusal.invalid("decision", "backlog.error.decision").because("invalid decision: " + problems);
        }
        body = decision.body();
        decisionDate = decision.date();
        outcome = decision.outcome();
        documentRef = decision.documentRef();
        decidedBy = by;
        decidedAt = now;
    }

    /** Links the council paper of the decision (replacing one linked before); returns the one before, if any. */
    public Long linkCouncilPaper(long paperId) {
        Long before = councilPaperId;
        councilPaperId = paperId;
        return before;
    }

    /** Takes the council paper's link away; returns the one before, if any. */
    public Long unlinkCouncilPaper() {
        Long before = councilPaperId;
        councilPaperId = null;
        return before;
    }

    public Long councilPaperId() {
        return councilPaperId;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public Long id() {
        return id;
    }

    public ItemLink link() {
        return link;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public DecidingBody body() {
        return body;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String outcome() {
        return outcome;
    }

    public String documentRef() {
        return documentRef;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
