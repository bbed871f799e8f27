package de.mitwirken.web.needs;

import de.mitwirken.web.platform.HumanCheckField;
import de.mitwirken.web.frame.ClientAddress;
import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.boundary.NeedSubmission.Submitted;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.PublicNeeds.ServiceOption;
import de.mitwirken.needs.entity.NeedDraft;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.OrganisationViews.OrganisationRef;
import de.mitwirken.platform.entity.Upload;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.strategy.StrategyField;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The submission form: signed-in people submit directly, guests with an email address (confirmation by
 * mail). While the title and description are typed, similar published needs appear; "this is my need
 * too" supports one of them instead (a plain form to {@link NeedActionServlet}). Errors appear next to their
 * fields and keep what was typed.
 * <p>
 * Request-scoped on a stateless page: every value travels with the form, so nothing of it is kept in the
 * session between requests (issue #23: view state per signed-in session).
 */
@Named
@RequestScoped
public class SubmitNeedBean {

    static final String FORM = "submit:";

    @Inject
    ClientAddress clientAddresses;
    @Inject
    HumanCheckField humanCheck;
    @Inject
    NeedSubmission submission;

    @Inject
    PublicNeeds needs;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleBean locale;

    private String title;
    private String description;
    private StrategyField field;
    private SubmitterType submitterType = SubmitterType.CITIZEN;
    private Long organisation;
    private List<OrganisationRef> organisations;
    private String district;
    private List<Long> services = new ArrayList<>();
    private String email;
    private String website; // honeypot: people never see it, bots fill it in
    private List<Part> files = new ArrayList<>();
    private List<NeedSummary> similar = List.of();

    public void findSimilar() {
        String typed = (title == null ? "" : title) + " " + (description == null ? "" : description);
        similar = typed.strip().length() < 4 ? List.of() : submission.similarNeeds(typed);
    }

    public void submit() {
        if (website != null && !website.isBlank()) {
            Pages.redirect("/needs/submitted.xhtml?guest=true"); // a bot: say thanks, keep nothing
            return;
        }
        if (!currentUser.isSignedIn() && !humanCheck.passed("submit")) {
            return; // the check says why; what was typed stays
        }
        List<Upload> uploads = new ArrayList<>();
        boolean fileProblem = readUploads(uploads);
        NeedDraft draft = new NeedDraft(title, description, field, submitterType, organisation, district,
                new HashSet<>(services));
        if (fileProblem) {
            showProblems(draft.problems(needs.districts()));
            return;
        }
        try {
            Submitted submitted = currentUser.isSignedIn()
                    ? submission.submitNeed(currentUser.user().orElseThrow().subject(), draft, uploads)
                    : submission.submitGuestNeed(email, draft, uploads, locale.getLanguage(), clientAddress());
            if (submitted.status() == NeedStatus.UNCONFIRMED) {
                Pages.redirect("/needs/submitted.xhtml?guest=true");
            } else {
                Pages.infoAfterRedirect(submitted.status() == NeedStatus.PUBLISHED ? "needs.submitted.published"
                        : "needs.submitted.queued");
                Pages.redirect("/needs/need.xhtml?id=" + submitted.id());
            }
        } catch (InvalidInput e) {
            showProblems(e.problems());
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    private boolean readUploads(List<Upload> uploads) {
        List<Part> chosen = files == null ? List.of() : files.stream().filter(p -> p.getSize() > 0).toList();
        if (chosen.size() > NeedSubmission.MAX_ATTACHMENTS) {
            Pages.error(FORM + "files", "needs.error.attachments.count");
            return true;
        }
        for (Part part : chosen) {
            if (part.getSize() > Upload.MAX_BYTES) {
                Pages.error(FORM + "files", "upload.error.size");
                return true;
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(Upload.of(part.getSubmittedFileName(), in.readAllBytes(),
                        EnumSet.allOf(Upload.Kind.class)));
            } catch (Upload.Refused e) {
                Pages.error(FORM + "files", e.messageKey());
                return true;
            } catch (IOException e) {
                Pages.error(FORM + "files", "upload.error.read");
                return true;
            }
        }
        return false;
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((name, key) -> Pages.error(FORM + name, key));
        if (!problems.isEmpty()) {
            Pages.error(null, "needs.error.summary");
        }
    }

    /** The remote address, or the trusted proxy's X-Forwarded-For ({@link ClientAddress}). */
    private String clientAddress() {
        return clientAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public List<StrategyField> getFields() {
        return List.of(StrategyField.values());
    }

    public List<SubmitterType> getSubmitterTypes() {
        return List.of(SubmitterType.values());
    }

    public List<ServiceOption> getServiceOptions() {
        return needs.services();
    }

    public List<String> getDistricts() {
        return needs.districts();
    }

    public List<NeedSummary> getSimilar() {
        return similar;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StrategyField getField() {
        return field;
    }

    public void setField(StrategyField field) {
        this.field = field;
    }

    public SubmitterType getSubmitterType() {
        return submitterType;
    }

    public void setSubmitterType(SubmitterType submitterType) {
        this.submitterType = submitterType;
    }

    /** The organisation chosen, by its number: one the person represents now (the boundary checks again). */
    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    /** The organisations the signed-in person represents now; none for guests. */
    public List<OrganisationRef> getOrganisations() {
        if (organisations == null) {
            organisations = currentUser.isSignedIn()
                    ? submission.organisationsOf(currentUser.user().orElseThrow().subject()) : List.of();
        }
        return organisations;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public List<Long> getServices() {
        return services;
    }

    public void setServices(List<Long> services) {
        this.services = services == null ? new ArrayList<>() : services;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
