package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.HeldPlaces;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Formatter;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The public programme of the current (or named) conference, filtered by track and day from the URL. */
@Named
@RequestScoped
public class ProgrammeBean {

    @Inject
    PublicProgramme programme;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formatter.ZONE);

    private ProgrammeView conference;
    private HeldPlaces held;
    private List<LocalDate> days;
    private List<Map.Entry<LocalDate, List<SessionView>>> schedule;
    private Long track;
    private LocalDate day;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            Long id = UrlParams.id(params.get("id"));
            conference = id == null ? programme.current() : programme.conference(id);
        } catch (NotFoundException e) {
            conference = null;
        }
        track = UrlParams.id(params.get("track"));
        try {
            day = params.get("day") == null || params.get("day").isBlank() ? null : LocalDate.parse(params.get("day"));
        } catch (DateTimeParseException e) {
            day = null;
        }
    }

    public ProgrammeView getConference() {
        return conference;
    }

    /** Places and seats held for guests who have not confirmed their address yet (shown apart from the free ones). */
    public HeldPlaces getHeld() {
        if (held == null) {
            held = programme.heldPlaces(conference.id());
        }
        return held;
    }

    // the page asks for days and schedule several times while it renders: worked out once per request
    public List<LocalDate> getDays() {
        if (days == null) {
            days = conference.sessions().stream().map(s -> s.startsAt().atZone(Formatter.ZONE).toLocalDate())
                    .distinct().sorted().toList();
        }
        return days;
    }

    /** The shown sessions by day (in order), after the filters. */
    public List<Map.Entry<LocalDate, List<SessionView>>> getSchedule() {
        if (schedule == null) {
            Map<LocalDate, List<SessionView>> byDay = conference.sessions().stream()
                    .filter(s -> track == null || s.trackId() == track)
                    .filter(s -> day == null || s.startsAt().atZone(Formatter.ZONE).toLocalDate().equals(day))
                    .collect(Collectors.groupingBy(s -> s.startsAt().atZone(Formatter.ZONE).toLocalDate(),
                            TreeMap::new, Collectors.toList()));
            schedule = List.copyOf(byDay.entrySet());
        }
        return schedule;
    }

    public String time(java.time.Instant instant) {
        return TIME.format(instant);
    }

    public Long getTrack() {
        return track;
    }

    public void setTrack(Long track) {
        this.track = track;
    }

    public String getDay() {
        return day == null ? "" : day.toString();
    }

    public void setDay(String value) {
        // the filter form is a GET form; the value is read from the URL in init()
    }
}
