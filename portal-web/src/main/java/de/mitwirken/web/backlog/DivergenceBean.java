package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.DivergenceView;
import de.mitwirken.backlog.boundary.Synergies;
import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.DivergenceDecision;
import de.mitwirken.council.boundary.CouncilPapers;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.council.CouncilPaperPicker;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One divergence for the strategy office: the two items in conflict, the form to record the decision and the
 * council paper linked to it (found through council.boundary.CouncilPapers; backlog keeps only its id).
 */
@Named
@ViewScoped
public class DivergenceBean implements Serializable {

    private static final String FORM = "decision:";

    @Inject
    Backlog backlog;

    @Inject
    Synergies synergies;

    @Inject
    CouncilPapers councilPapers;

    private CouncilPaperPicker picker;

    private long id;
    private DivergenceView divergence;
    private DecidingBody body;
    private String date;
    private String outcome;
    private String documentRef;

    @PostConstruct
    void init() {
        divergence = Pages.byIdOr404("id", synergies::divergence);
        if (divergence != null) {
            id = divergence.id();
        }
        picker = new CouncilPaperPicker(councilPapers, "councilPaper:query");
    }

    public void linkPaper(long paperId) {
        if (!picker.found(paperId)) {
            Pages.error("councilPaper:query", "council.link.error.notFound");
            return;
        }
        backlog.linkCouncilPaperToDivergence(id, paperId);
        picker.clear();
        Pages.info("council.link.linked");
        divergence = synergies.divergence(id);
    }

    public void unlinkPaper() {
        backlog.unlinkCouncilPaperFromDivergence(id);
        Pages.info("council.link.unlinked");
        divergence = synergies.divergence(id);
    }

    public CouncilPaperPicker getPicker() {
        return picker;
    }

    public Long getLinkedPaperId() {
        return divergence == null ? null : divergence.councilPaperId();
    }

    public void decide() {
        LocalDate decidedOn = null;
        if (date != null && !date.isBlank()) {
            try {
                decidedOn = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                Pages.error(FORM + "date", "backlog.error.decision.date");
                return;
            }
        }
        try {
            backlog.decideDivergence(id, new DivergenceDecision(body, decidedOn, outcome, documentRef));
            Pages.info("backlog.divergence.decided");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        divergence = synergies.divergence(id);
    }

    public DivergenceView getDivergence() {
        return divergence;
    }

    public DecidingBody[] getBodies() {
        return DecidingBody.values();
    }

    public DecidingBody getBody() {
        return body;
    }

    public void setBody(DecidingBody body) {
        this.body = body;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public void setDocumentRef(String documentRef) {
        this.documentRef = documentRef;
    }
}
