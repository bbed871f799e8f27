package de.mitwirken.web.conference;

import de.mitwirken.web.platform.HumanCheckField;
import de.mitwirken.web.frame.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.RegistrationResult;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.SignedInUser;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration form: standard fields, the organisers' questions, sessions to choose. A signed-in person
 * finds name and address filled in; what anyone typed stays when something is wrong. Request-scoped on a
 * stateless page: the conference's id and every value travel with the form (issue #23).
 */
@Named
@RequestScoped
public class RegisterBean {

    private static final String FORM = "register:";

    @Inject
    ConferenceRegistration registration;
    @Inject
    PublicProgramme programme;
    @Inject
    CurrentUser currentUser;
    @Inject
    RegistrationGate gate;
    @Inject
    ClientAddress clientAddress;
    @Inject
    HumanCheckField humanCheck;

    private ProgrammeView conference;
    private String type = "participant";
    private String name;
    private String email;
    private String organisation;
    private AttendeeGroup group;
    private String accessibilityNeeds;
    private String dietaryNeeds;
    private boolean consent;
    private List<Object> sessions = new ArrayList<>();
    private final Map<Long, String> answers = new HashMap<>();
    private RegistrationResult result;

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", programme::conference);
        currentUser.user().ifPresent(u -> {
            name = u.displayName();
            email = u.email();
        });
    }

    public String submit() {
        Language language = Language.fromTag(FacesContext.getCurrentInstance().getViewRoot().getLocale()
                .getLanguage()).orElse(Language.DEFAULT);
        // the component hands over the items' values (Long), not the declared String: read each one defensively
        List<Long> ids = sessions.stream().map(o -> UrlParams.id(String.valueOf(o)))
                .map(id -> id == null ? Long.valueOf(-1) : id).toList();
        RegistrationDraft draft = new RegistrationDraft(type, name, email, organisation, group, accessibilityNeeds,
                dietaryNeeds, language, consent, ids, answers);
        if (currentUser.user().isEmpty() && !humanCheck.passed("register")) {
            return null; // the check says why; what was typed stays
        }
        return gate.through(() -> register(draft), retryAfter -> {
            // nothing was done; what was typed stays in the form for the next try
            Pages.error(null, "conference.error.busy");
            return null;
        });
    }

    private String register(RegistrationDraft draft) {
        try {
            result = registration.registerFor(conference.id(), draft,
                    currentUser.user().map(SignedInUser::subject).orElse(null), clientAddress.of(
                            (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
            if (result.personalToken() != null) {
                Pages.infoAfterRedirect("WAITLISTED".equals(result.status()) ? "conference.registered.waitlisted"
                        : "conference.registered.confirmed");
                return "/conference/ticket.xhtml?faces-redirect=true&t=" + result.personalToken();
            }
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            // a guest limit too: its message at the form, with the minutes to wait; what was typed stays
            Pages.refused(e);
        }
        return null;
    }

    public boolean isDone() {
        return result != null;
    }

    public RegistrationResult getResult() {
        return result;
    }

    public ProgrammeView getConference() {
        return conference;
    }

    /** The sessions that may still be chosen (a cancelled one stays in the programme, not in the form). */
    public List<SessionView> getChoosable() {
        return conference.sessions().stream().filter(s -> !s.cancelled()).toList();
    }

    public AttendeeGroup[] getGroups() {
        return AttendeeGroup.values();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public AttendeeGroup getGroup() {
        return group;
    }

    public void setGroup(AttendeeGroup group) {
        this.group = group;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        this.dietaryNeeds = dietaryNeeds;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public List<Object> getSessions() {
        return sessions;
    }

    public void setSessions(List<Object> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : new ArrayList<>(sessions);
    }

    /** Answers by question id, bound per question in the page. */
    public Map<Long, String> getAnswers() {
        return answers;
    }
}
