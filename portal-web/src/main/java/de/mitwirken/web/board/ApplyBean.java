package de.mitwirken.web.board;

import de.mitwirken.board.boundary.BoardMembership;
import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.board.entity.ApplicationDraft;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationRef;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The application form of one open call; what the person typed stays when something is wrong. */
@Named
@ViewScoped
public class ApplyBean implements Serializable {

    private static final String FORM = "apply:";

    @Inject
    BoardMembership membership;

    @Inject
    PublicBoard board;

    @Inject
    CurrentUser currentUser;

    private CallView call;
    private Constituency constituency;
    private Long organisation;
    private List<OrganisationRef> organisations;
    private List<String> expertise = new ArrayList<>();
    private String motivation;
    private String conflicts;
    private String conflictDetails;
    private boolean publicListing;

    @PostConstruct
    void init() {
        call = Pages.byIdOr404("call", board::call);
        if (call != null) {
            organisations = membership.organisationsOf(currentUser.user().orElseThrow().subject());
        }
    }

    /** The verified organisations the person represents now; the only ones the form offers. */
    public List<OrganisationRef> getOrganisations() {
        return organisations == null ? List.of() : organisations;
    }

    public String submit() {
        Set<StrategyField> fields = EnumSet.noneOf(StrategyField.class);
        expertise.forEach(f -> fields.add(StrategyField.valueOf(f)));
        Boolean hasConflicts = conflicts == null || conflicts.isBlank() ? null : Boolean.valueOf(conflicts);
        try {
            membership.apply(currentUser.user().orElseThrow().subject(), call.id(), new ApplicationDraft(constituency,
                    organisation, fields, motivation, hasConflicts, conflictDetails, publicListing));
            Pages.infoAfterRedirect("board.apply.done");
            return "/board/mine.xhtml?faces-redirect=true";
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    public CallView getCall() {
        return call;
    }

    public StrategyField[] getAllFields() {
        return StrategyField.values();
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public void setConstituency(Constituency constituency) {
        this.constituency = constituency;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public List<String> getExpertise() {
        return expertise;
    }

    public void setExpertise(List<String> expertise) {
        this.expertise = expertise == null ? new ArrayList<>() : new ArrayList<>(expertise);
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getConflicts() {
        return conflicts;
    }

    public void setConflicts(String conflicts) {
        this.conflicts = conflicts;
    }

    public String getConflictDetails() {
        return conflictDetails;
    }

    public void setConflictDetails(String conflictDetails) {
        this.conflictDetails = conflictDetails;
    }

    public boolean isPublicListing() {
        return publicListing;
    }

    public void setPublicListing(boolean publicListing) {
        this.publicListing = publicListing;
    }
}
