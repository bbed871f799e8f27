package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferencePeople;
import de.mitwirken.conference.boundary.ConferencePeople.Audience;
import de.mitwirken.conference.boundary.ConferencePeople.PersonView;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.entity.OrganiserMessage;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The organisers write to people (a message to the edition, a session or its waiting list; the number reached is
 * shown before sending) and cancel a registration for someone, with the reason they are told.
 */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    private static final String WRITE = "write:";

    @Inject
    ConferencePeople people;
    @Inject
    PublicProgramme programme;

    private ProgrammeView conference;
    /** "conference", or "s-N" / "w-N": a session's seat holders or its waiting list. */
    private String audience = "conference";
    private String subject;
    private String text;
    private String subjectEn;
    private String textEn;
    private Integer pendingCount; // the organiser is asked to confirm sending to this many
    private String query;
    private List<PersonView> found = List.of();
    private Long cancelling;
    private String reason;

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", programme::programmeInPreparation);
    }

    /** Counts whom the message reaches and asks to confirm. */
    public String askSend() {
        if (!checked()) {
            return null;
        }
        try {
            pendingCount = people.audienceSize(conference.id(), audienceKind(), sessionOf());
        } catch (NotFoundException e) {
            Pages.error(WRITE + "audience", "conference.people.error.audience");
        }
        return null;
    }

    public String send() {
        pendingCount = null;
        if (!checked()) {
            return null;
        }
        try {
            int written = people.writeTo(conference.id(), audienceKind(), sessionOf(), message());
            Pages.info("conference.people.sent", written);
            subject = null;
            text = null;
            subjectEn = null;
            textEn = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(WRITE + field, key));
        } catch (NotFoundException e) {
            Pages.error(WRITE + "audience", "conference.people.error.audience");
        }
        return null;
    }

    public String back() {
        pendingCount = null;
        return null;
    }

    private boolean checked() {
        var problems = message().problems();
        problems.forEach((field, key) -> Pages.error(WRITE + field, key));
        return problems.isEmpty();
    }

    private OrganiserMessage message() {
        return new OrganiserMessage(subject, text, subjectEn, textEn);
    }

    private Audience audienceKind() {
        if (audience == null || audience.equals("conference")) {
            return Audience.CONFERENCE;
        }
        return audience.startsWith("w-") ? Audience.WAITLIST : Audience.SESSION;
    }

    private Long sessionOf() {
        return audience == null || audience.equals("conference") ? null : UrlParams.id(audience.substring(2));
    }

    public String search() {
        found = people.find(conference.id(), query);
        if (found.isEmpty()) {
            Pages.info("conference.door.nobody");
        }
        return null;
    }

    public String askCancel(long registrationId) {
        cancelling = registrationId;
        reason = null;
        return null;
    }

    public String keep() {
        cancelling = null;
        return null;
    }

    public String cancelForPerson() {
        if (cancelling == null) {
            return null;
        }
        try {
            people.cancelOnBehalf(cancelling, reason);
            Pages.info("conference.people.cancelled");
            cancelling = null;
            reason = null;
            found = people.find(conference.id(), query);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("find:" + field, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    /** The sessions a message can go to (not cancelled). */
    public List<SessionView> getSessions() {
        return conference.sessions().stream().filter(s -> !s.cancelled()).toList();
    }

    public PersonView getCancellingPerson() {
        return cancelling == null ? null : found.stream().filter(p -> p.id() == cancelling).findFirst().orElse(null);
    }

    public ProgrammeView getConference() { return conference; }
    public Integer getPendingCount() { return pendingCount; }
    public List<PersonView> getFound() { return found; }
    public String getAudience() { return audience; }
    public void setAudience(String v) { audience = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String v) { subjectEn = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { textEn = v; }
    public String getQuery() { return query; }
    public void setQuery(String v) { query = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
