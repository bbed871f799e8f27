package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.AttendeeView;
import de.mitwirken.conference.boundary.CheckInResult;
import de.mitwirken.conference.boundary.Door;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.web.frame.Pages;
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

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", programme::conference);
    }

    public String checkInCode() {
        if (code == null || code.isBlank()) {
            Pages.error("door:code", "conference.door.codeMissing");
            return null;
        }
        result = door.checkInCode(conference.id(), code);
        code = null;
        return null;
    }

    public String search() {
        found = door.search(conference.id(), query);
        if (found.isEmpty()) {
            Pages.info("conference.door.nobody");
        }
        return null;
    }

    public String checkIn(long registrationId) {
        result = door.checkInAttendee(conference.id(), registrationId);
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
