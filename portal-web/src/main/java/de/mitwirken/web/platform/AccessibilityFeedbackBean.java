package de.mitwirken.web.platform;

import de.mitwirken.web.frame.ClientAddress;
import de.mitwirken.platform.boundary.AccessibilityFeedbackDesk;
import de.mitwirken.platform.boundary.AccessibilityFeedbackDesk.Received;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.FeedbackDraft;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.LocalPath;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The feedback form of the accessibility statement. Anyone may write; a signed-in person finds name and
 * address filled in; the page concerned comes from the "from" parameter of the link they followed.
 */
@Named
@ViewScoped
public class AccessibilityFeedbackBean implements Serializable {

    private static final String FORM = "feedback:";

    @Inject
    ClientAddress clientAddresses;
    @Inject
    HumanCheckField humanCheck;
    @Inject
    AccessibilityFeedbackDesk desk;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean locale;

    private String message;
    private String name;
    private String email;
    private String page;
    private boolean consent;
    private Received received;

    @PostConstruct
    void init() {
        String from = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("from");
        page = LocalPath.parse(from).filter(p -> p.length() <= FeedbackDraft.PAGE_MAX).orElse(null);
        currentUser.user().ifPresent(u -> {
            name = u.displayName();
            email = u.email();
        });
    }

    public void submit() {
        FeedbackDraft draft = new FeedbackDraft(message, name, email, page, consent);
        if (currentUser.user().isEmpty() && !humanCheck.passed("feedback")) {
            return; // the check says why; what was typed stays
        }
        try {
            received = desk.submitAccessibilityFeedback(draft, locale.getLanguage(),
                    currentUser.user().map(SignedInUser::subject).orElse(null), clientAddress());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    /** The remote address, or the trusted proxy's X-Forwarded-For ({@link ClientAddress}). */
    private String clientAddress() {
        return clientAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public boolean isDone() {
        return received != null;
    }

    public Received getReceived() {
        return received;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public int getMessageMax() {
        return FeedbackDraft.MESSAGE_MAX;
    }
}
