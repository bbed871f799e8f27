package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.AttendeeView;
import de.mitwirken.conference.boundary.CheckInResult;
import de.mitwirken.conference.boundary.Door;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionDoor;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The check-in page at the door: a code (scanned or typed) or a name, the answer, and live counts. */
@Named
@ViewScoped
public class DoorBean implements Serializable {

    @Inject
    Door door;
    @Inject
    PublicProgramme programme;

    private ProgrammeView conference;
    private String code;
    private String query;
    private CheckInResult result;
    private List<AttendeeView> found = List.of();

    /** The session whose room this door admits to (room scanning), or null for the conference's entrance. */
    private Long sessionId;

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", programme::conference);
        Long chosen = UrlParams.id(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("session"));
        if (conference != null && chosen != null
                && conference.sessions().stream().anyMatch(s -> s.id() == chosen && !s.cancelled())) {
            sessionId = chosen;
        }
    }

    public String checkInCode() {
        if (code == null || code.isBlank()) {
            Pages.error("door:code", "conference.door.codeMissing");
            return null;
        }
        result = sessionId == null ? door.checkInCode(conference.id(), code)
                : door.checkInCodeToSession(conference.id(), sessionId, code);
        PerRequest.forget("conference.door.room");
        code = null;
        return null;
    }

    /** Gives the seats of people not in the room to the walk-up queue (some minutes after the start). */
    public String releaseNoShows() {
        if (sessionId == null) {
            return null;
        }
        try {
            Pages.info("conference.door.released", door.releaseNoShows(conference.id(), sessionId));
            PerRequest.forget("conference.door.room");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    /** The room this door admits to, with its live figures; null at the conference's entrance. */
    public SessionDoor getRoom() {
        // asked many times while the page renders: its figures are read once per request
        return sessionId == null ? null
                : PerRequest.memo("conference.door.room", () -> door.sessionDoor(conference.id(), sessionId));
    }

    /** The sessions a door can admit to (not cancelled), for the list of rooms. */
    public List<SessionView> getRooms() {
        return conference.sessions().stream().filter(s -> !s.cancelled()).toList();
    }

    public String search() {
        found = door.search(conference.id(), query);
        if (found.isEmpty()) {
            Pages.info("conference.door.nobody");
        }
        return null;
    }

    public String checkIn(long registrationId) {
        result = sessionId == null ? door.checkInAttendee(conference.id(), registrationId)
                : door.checkInAttendeeToSession(conference.id(), sessionId, registrationId);
        PerRequest.forget("conference.door.room");
        found = door.search(conference.id(), query);
        return null;
    }

    public long[] getCounts() {
        return door.counts(conference.id());
    }

    public ProgrammeView getConference() {
        return conference;
    }

    public CheckInResult getResult() {
        return result;
    }

    public List<AttendeeView> getFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
