package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ProgrammeOffice;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionChangeImpact;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.boundary.SpeakerView;
import de.mitwirken.conference.entity.SessionDraft;
import de.mitwirken.conference.entity.SessionKind;
import de.mitwirken.conference.entity.Speaker;
import de.mitwirken.platform.entity.Upload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Formatter;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organisers' programme page: sessions and speakers, each added or changed in a form below its list. */
@Named
@ViewScoped
public class ProgrammeOfficeBean implements Serializable {

    @Inject
    ProgrammeOffice office;
    @Inject
    PublicProgramme programme;

    private ProgrammeView conference;
    private Long editing;
    private SessionChangeImpact pendingImpact;
    private SessionChangeImpact confirmedImpact;
    private Long cancelling;
    private String title;
    private String summary;
    private SessionKind kind;
    private Long track;
    private String room;
    private String day;
    private String from;
    private String to;
    private String capacity;
    private List<Serializable> speakers = new ArrayList<>();
    private Long editingSpeaker;
    private transient Part photo;
    private String speakerName;
    private String affiliation;
    private String bio;

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", programme::programmeInPreparation);
    }

    public String edit(long sessionId) {
        SessionView s = session(sessionId);
        if (s == null || s.cancelled()) {
            return null;
        }
        clearSession();
        editing = s.id();
        title = s.title();
        summary = s.summary();
        kind = SessionKind.valueOf(s.kind());
        track = s.trackId();
        room = s.room();
        day = s.startsAt().atZone(Formatter.ZONE).toLocalDate().toString();
        from = s.startsAt().atZone(Formatter.ZONE).toLocalTime().toString();
        to = s.endsAt().atZone(Formatter.ZONE).toLocalTime().toString();
        capacity = s.capacity() == null ? null : s.capacity().toString();
        speakers = new ArrayList<>(s.speakers().stream().map(SpeakerView::id).toList());
        return null;
    }

    public String saveSession() {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant start = at(from, problems, "from");
        Instant end = at(to, problems, "to");
        Integer seats = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                seats = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                problems.put("capacity", "conference.office.error.capacity");
            }
        }
        List<Long> ids = speakers.stream().map(o -> UrlParams.id(String.valueOf(o))).filter(java.util.Objects::nonNull)
                .toList();
        SessionDraft draft = new SessionDraft(title, summary, kind, track, room, start, end, seats, ids);
        try {
            if (editing == null) {
                office.planSession(conference.id(), draft);
                Pages.info("conference.office.sessionPlanned");
            } else {
                // the organiser sees whom a change reaches before it is saved; saved only when confirmed on
                // exactly that impact (typing on after the preview shows the new impact first)
                SessionChangeImpact impact = problems.isEmpty() ? office.previewSessionChange(editing, draft) : null;
                if (impact != null && impact.tellsAnyone() && !impact.equals(confirmedImpact)) {
                    pendingImpact = impact;
                    confirmedImpact = null;
                    return null;
                }
                SessionChangeImpact done = office.changeSession(editing, draft);
                if (done.tellsAnyone()) {
                    Pages.info("conference.office.sessionChangedTold", done.affected());
                } else {
                    Pages.info("conference.office.sessionChanged");
                }
            }
            clearSession();
            conference = programme.programmeInPreparation(conference.id());
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (InvalidInput e) {
            // a day or time that could not be read says so at its field, instead of "missing"
            Map<String, String> all = new LinkedHashMap<>();
            e.problems().forEach((field, key) -> all.put(field(field), key));
            all.putAll(problems);
            all.forEach((field, key) -> Pages.error("session:" + field, key));
        }
        return null;
    }

    /** Saves the change whose impact was just shown (the organiser confirmed it). */
    public String confirmChange() {
        confirmedImpact = pendingImpact;
        pendingImpact = null;
        return saveSession();
    }

    /** Back to the form without saving: the typed values stay. */
    public String backToForm() {
        pendingImpact = null;
        confirmedImpact = null;
        return null;
    }

    public String newSession() {
        clearSession();
        return null;
    }

    /** Asks before calling a session off: how many people will be told. */
    public String askCancel(long sessionId) {
        SessionView s = session(sessionId);
        cancelling = s == null ? null : s.id();
        return null;
    }

    public String keepSession() {
        cancelling = null;
        return null;
    }

    public String cancelSession() {
        if (cancelling == null) {
            return null;
        }
        try {
            int told = office.cancelSession(cancelling);
            Pages.info("conference.office.sessionCancelled", told);
            if (cancelling.equals(editing)) {
                clearSession();
            }
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        cancelling = null;
        conference = programme.programmeInPreparation(conference.id());
        return null;
    }

    /** Deletes a session nobody ever chose. */
    public String removeSession(long sessionId) {
        try {
            office.removeSession(sessionId);
            Pages.info("conference.office.sessionRemoved");
            if (Long.valueOf(sessionId).equals(editing)) {
                clearSession();
            }
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        conference = programme.programmeInPreparation(conference.id());
        return null;
    }

    private SessionView session(long sessionId) {
        return conference.sessions().stream().filter(x -> x.id() == sessionId).findFirst().orElse(null);
    }

    /** The session about to be called off, with how many people hold or wait for a seat in it. */
    public SessionView getCancelling() {
        return cancelling == null ? null : session(cancelling);
    }

    public int getCancellingAffected() {
        return cancelling == null ? 0 : office.peopleOfSession(cancelling);
    }

    public SessionChangeImpact getPendingImpact() {
        return pendingImpact;
    }

    public String editSpeaker(long speakerId) {
        SpeakerView s = conference.speakers().stream().filter(x -> x.id() == speakerId).findFirst().orElseThrow();
        editingSpeaker = s.id();
        speakerName = s.name();
        affiliation = s.affiliation();
        bio = s.bio();
        return null;
    }

    public String saveSpeaker() {
        try {
            if (editingSpeaker == null) {
                office.addSpeaker(conference.id(), speakerName, affiliation, bio);
                Pages.info("conference.office.speakerAdded");
            } else {
                office.changeSpeaker(editingSpeaker, speakerName, affiliation, bio);
                Pages.info("conference.office.speakerChanged");
            }
            editingSpeaker = null;
            speakerName = null;
            affiliation = null;
            bio = null;
            conference = programme.programmeInPreparation(conference.id());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("speaker:" + field, key, e.args(field)));
        }
        return null;
    }

    /** Uploads a portrait for the speaker being edited (PNG, JPEG or WebP, recognised by its bytes). */
    public String uploadPhoto() {
        if (editingSpeaker == null) {
            Pages.error("photo:file", "conference.office.error.photoSpeaker");
            return null;
        }
        if (photo == null || photo.getSize() == 0) {
            Pages.error("photo:file", "upload.error.empty");
            return null;
        }
        if (photo.getSize() > Speaker.MAX_PHOTO) {
            Pages.error("photo:file", "conference.office.error.photo");
            return null;
        }
        try (InputStream in = photo.getInputStream()) {
            Upload upload = Upload.of(photo.getSubmittedFileName(), in.readAllBytes(),
                    EnumSet.of(Upload.Kind.PNG, Upload.Kind.JPEG, Upload.Kind.WEBP));
            office.showSpeakerPhoto(editingSpeaker, upload);
            Pages.info("conference.office.photoSaved");
            conference = programme.programmeInPreparation(conference.id());
        } catch (Upload.Refused e) {
            Pages.error("photo:file", "conference.office.error.photo");
        } catch (IOException e) {
            Pages.error("photo:file", "upload.error.read");
        } catch (InvalidInput e) {
            Pages.error("photo:file", "conference.office.error.photo");
        }
        return null;
    }

    /** The draft's field names that are not form fields map to the ones the person fixes. */
    private static String field(String name) {
        return switch (name) {
            case "startsAt" -> "from";
            case "endsAt" -> "to";
            default -> name;
        };
    }

    private Instant at(String time, Map<String, String> problems, String field) {
        try {
            return LocalDate.parse(day == null ? "" : day.strip()).atTime(LocalTime.parse(time == null ? "" : time.strip()))
                    .atZone(Formatter.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(day == null || !day.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? "day" : field,
                    "conference.office.error.time");
            return null;
        }
    }

    private void clearSession() {
        editing = null;
        pendingImpact = null;
        confirmedImpact = null;
        title = null;
        summary = null;
        kind = null;
        track = null;
        room = null;
        day = null;
        from = null;
        to = null;
        capacity = null;
        speakers = new ArrayList<>();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public ProgrammeView getConference() {
        return conference;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getEditingSpeaker() {
        return editingSpeaker;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind v) { kind = v; }
    public Long getTrack() { return track; }
    public void setTrack(Long v) { track = v; }
    public String getRoom() { return room; }
    public void setRoom(String v) { room = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public List<Serializable> getSpeakers() { return speakers; }
    public void setSpeakers(List<Serializable> v) { speakers = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getSpeakerName() { return speakerName; }
    public void setSpeakerName(String v) { speakerName = v; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String v) { affiliation = v; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part v) { photo = v; }
    public String getBio() { return bio; }
    public void setBio(String v) { bio = v; }
}
