package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.OrganisationViews.RepresentationView;
import de.mitwirken.platform.boundary.OrganisationViews.RequestView;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The strategy office: open representation requests (accept, reject with a reason) and running representatives. */
@Named
@ViewScoped
public class OrganisationsOfficeBean implements Serializable {

    static final String PAGE = "/platform/organisations/manage.xhtml?faces-redirect=true";

    @Inject
    Organisations organisations;

    private List<RequestView> requests;
    private List<RepresentationView> representatives;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> withdrawReasons = new HashMap<>();

    @PostConstruct
    void load() {
        requests = organisations.openRequests();
        representatives = organisations.representatives();
    }

    public String accept(long id) {
        return decided(() -> organisations.acceptRequest(id), "organisations.office.accepted", "decide-" + id);
    }

    public String reject(long id) {
        return decided(() -> organisations.rejectRequest(id, reasons.get(id)), "organisations.office.rejected",
                "decide-" + id);
    }

    public String withdraw(long id) {
        return decided(() -> organisations.withdrawRepresentative(id, withdrawReasons.get(id)),
                "organisations.office.withdrawn", "withdraw-" + id);
    }

    private String decided(Runnable step, String done, String form) {
        try {
            step.run();
            Pages.infoAfterRedirect(done);
            return PAGE;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(form + ":" + field, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
            load();
        } catch (NotFoundException e) {
            Pages.error(null, "organisations.office.gone");
            load();
        }
        return null;
    }

    public List<RequestView> getRequests() {
        return requests;
    }

    public List<RepresentationView> getRepresentatives() {
        return representatives;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getWithdrawReasons() {
        return withdrawReasons;
    }
}
