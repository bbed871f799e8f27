package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.Certificates;
import de.mitwirken.conference.boundary.ChoiceView;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.Holder;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.RegistrationView;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The personal page of a registration (by personal link or, for the owner, by id): status, ticket with QR
 * code, sessions with their queue positions, offers to accept, changes, cancellation, certificate.
 */
@Named
@ViewScoped
public class TicketBean implements Serializable {

    @Inject
    ConferenceRegistration registrations;
    @Inject
    Certificates certificates;
    @Inject
    PublicProgramme programme;
    @Inject
    CurrentUser currentUser;

    private Holder holder;
    private RegistrationView registration;
    private String addSession;
    private boolean confirmCancel;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String token = params.get("t");
        Long id = UrlParams.id(params.get("id"));
        if (token != null && !token.isBlank()) {
            holder = Holder.ofToken(token.strip());
        } else if (id != null && currentUser.isSignedIn()) {
            holder = Holder.ofAccount(currentUser.user().orElseThrow().subject(), id);
        }
        try {
            registration = holder == null ? null : registrations.registration(holder);
        } catch (NotFoundException e) {
            registration = null;
        }
        if (registration == null) {
            Pages.notFound();
        }
    }

    private String act(Runnable step, String doneKey) {
        try {
            step.run();
            Pages.info(doneKey);
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        registration = registrations.registration(holder);
        return null;
    }

    public String confirmAddress() {
        return act(() -> registrations.confirmAddress(holder), "conference.ticket.addressConfirmed");
    }

    public String askCancel() {
        confirmCancel = true;
        return null;
    }

    public String keep() {
        confirmCancel = false;
        return null;
    }

    public String cancel() {
        confirmCancel = false;
        return act(() -> registrations.cancelRegistration(holder), "conference.ticket.cancelled");
    }

    public String acceptOffer() {
        return act(() -> registrations.acceptOffer(holder), "conference.ticket.offerAccepted");
    }

    public String declineOffer() {
        return act(() -> registrations.declineOffer(holder), "conference.ticket.offerDeclined");
    }

    public String acceptSessionOffer(long sessionId) {
        return act(() -> registrations.acceptSessionOffer(holder, sessionId), "conference.ticket.offerAccepted");
    }

    public String declineSessionOffer(long sessionId) {
        return act(() -> registrations.declineSessionOffer(holder, sessionId), "conference.ticket.offerDeclined");
    }

    /** After a move made two chosen sessions overlap: keeps one, gives up the other. */
    public String keep(long keepSessionId, long dropSessionId) {
        return act(() -> registrations.keepSession(holder, keepSessionId, dropSessionId), "conference.ticket.kept");
    }

    public String drop(long sessionId) {
        return act(() -> registrations.dropSession(holder, sessionId), "conference.ticket.dropped");
    }

    public String choose() {
        Long id = UrlParams.id(addSession);
        if (id == null) {
            Pages.error("ticket:addSession", "conference.error.unknownSession");
            return null;
        }
        addSession = null;
        return act(() -> registrations.chooseSession(holder, id), "conference.ticket.chosen");
    }

    public String mailCertificate() {
        return act(() -> certificates.mailCertificate(holder), "conference.ticket.certificateSent");
    }

    /** Sessions not yet chosen, for the "add a session" list. */
    public List<SessionView> getOtherSessions() {
        Set<Long> chosen = registration.choices().stream().map(ChoiceView::sessionId).collect(Collectors.toSet());
        try {
            return programme.conference(registration.conferenceId()).sessions().stream()
                    .filter(s -> !chosen.contains(s.id()) && !s.cancelled()).toList();
        } catch (NotFoundException e) {
            return List.of(); // the edition was taken off the public lists: nothing to add
        }
    }

    /** The query that opens this page again, for links to the certificate and calendar. */
    public String getHolderQuery() {
        return holder.byToken() ? "t=" + holder.token() : "registration=" + holder.registrationId();
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public boolean isConfirmCancel() {
        return confirmCancel;
    }

    public String getAddSession() {
        return addSession;
    }

    public void setAddSession(String addSession) {
        this.addSession = addSession;
    }
}
