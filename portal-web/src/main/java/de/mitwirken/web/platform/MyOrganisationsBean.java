package de.mitwirken.web.platform;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.OrganisationViews.MyOrganisations;
import de.mitwirken.platform.boundary.Organisations;
import de.mitwirken.platform.entity.OrganisationDraft;
import de.mitwirken.platform.entity.OrganisationType;
import de.mitwirken.platform.entity.Upload;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * "Meine Organisationen": the person's requests with their state, their representations (each can be given up), and
 * the form to ask to represent an organisation with a PDF proof. Request-scoped on a stateless page: what was typed
 * travels with the form and stays after a refusal (the file must be chosen again, as browsers require).
 */
@Named
@RequestScoped
public class MyOrganisationsBean {

    static final String FORM = "request:";

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private String name;
    private OrganisationType type;
    private String registerNumber;
    private Part proof;
    private MyOrganisations mine;

    public void send() {
        Upload upload = null;
        boolean fileProblem = false;
        if (proof != null && proof.getSize() > 0) {
            if (proof.getSize() > Upload.MAX_BYTES) {
                Pages.error(FORM + "proof", "upload.error.size");
                fileProblem = true;
            } else {
                try (InputStream in = proof.getInputStream()) {
                    upload = Upload.of(proof.getSubmittedFileName(), in.readAllBytes(), Set.of(Upload.Kind.PDF));
                } catch (Upload.Refused e) {
                    Pages.error(FORM + "proof", "platform.organisations.error.proof");
                    fileProblem = true;
                } catch (IOException e) {
                    Pages.error(FORM + "proof", "upload.error.read");
                    fileProblem = true;
                }
            }
        }
        OrganisationDraft draft = new OrganisationDraft(name, type, registerNumber);
        if (fileProblem) {
            draft.problems().forEach((field, key) -> Pages.error(FORM + field, key));
            return;
        }
        try {
            organisations.requestRepresentation(subject(), draft, upload);
            Pages.infoAfterRedirect("organisations.request.sent");
            Pages.redirect("/platform/organisations/mine.xhtml");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    public void giveUp(long representationId) {
        try {
            organisations.giveUpRepresentation(subject(), representationId);
            Pages.infoAfterRedirect("organisations.mine.givenUp");
            Pages.redirect("/platform/organisations/mine.xhtml");
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public MyOrganisations getMine() {
        if (mine == null) {
            mine = organisations.mine(subject());
        }
        return mine;
    }

    private String subject() {
        return currentUser.user().orElseThrow().subject();
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = registerNumber;
    }

    public Part getProof() {
        return proof;
    }

    public void setProof(Part proof) {
        this.proof = proof;
    }
}
