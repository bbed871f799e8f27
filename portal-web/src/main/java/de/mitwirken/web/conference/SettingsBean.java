package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferenceSetup;
import de.mitwirken.conference.boundary.SettingsView;
import de.mitwirken.conference.entity.ConferenceSettings;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.web.frame.Formatter;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers' set-up of an edition (without id: the list of editions and a new one): settings, registration
 * types with quotas and periods, tracks and questions. Dates are typed as text in fixed formats, so a person
 * using a keyboard or a screen reader gets the same field everywhere.
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ConferenceSetup setup;

    private SettingsView conference;
    private List<SettingsView> all;
    private final Map<String, String> form = new HashMap<>();
    private boolean published;
    private final Map<Long, String> quotas = new HashMap<>();
    private final Map<Long, String> opens = new HashMap<>();
    private final Map<Long, String> closes = new HashMap<>();
    private String track;
    private String question;
    private boolean questionRequired;
    private String partnerName;
    private String partnerKind;
    private String partnerUrl;

    @PostConstruct
    void init() {
        Long id = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (id == null) {
            all = setup.conferences();
        } else {
            conference = Pages.byIdOr404("id", setup::conference);
        }
        fill();
    }

    private void fill() {
        if (conference == null) {
            return;
        }
        SettingsView c = conference;
        form.put("title", c.title());
        form.put("description", c.description());
        form.put("venue", c.venue());
        form.put("startsOn", c.startsOn().toString());
        form.put("endsOn", c.endsOn().toString());
        form.put("fundingNote", c.fundingNote());
        form.put("capacity", Integer.toString(c.capacity()));
        form.put("opensAt", local(c.opensAt()));
        form.put("closesAt", local(c.closesAt()));
        form.put("offerHours", Integer.toString(c.offerHours()));
        form.put("consentText", c.consentText());
        form.put("retentionMonths", Integer.toString(c.retentionMonths()));
        published = c.published();
        for (SettingsView.TypeView t : c.types()) {
            quotas.put(t.id(), Integer.toString(t.quota()));
            opens.put(t.id(), local(t.opensAt()));
            closes.put(t.id(), local(t.closesAt()));
        }
    }

    public String save() {
        Map<String, String> problems = new LinkedHashMap<>();
        ConferenceSettings settings = new ConferenceSettings(form.get("title"), form.get("description"),
                form.get("venue"), date("startsOn", problems), date("endsOn", problems), form.get("fundingNote"),
                number("capacity", problems), instant(form.get("opensAt"), "opensAt", problems),
                instant(form.get("closesAt"), "closesAt", problems), number("offerHours", problems),
                form.get("consentText"), number("retentionMonths", problems), published);
        try {
            if (conference == null) {
                long id = setup.createConference(settings);
                Pages.infoAfterRedirect("conference.settings.created");
                return "/conference/manage/settings.xhtml?faces-redirect=true&id=" + id;
            }
            setup.changeConference(conference.id(), settings);
            Pages.info("conference.settings.saved");
            conference = setup.conference(conference.id());
            fill();
        } catch (InvalidInput e) {
            Map<String, String> shown = new LinkedHashMap<>(e.problems());
            shown.putAll(problems); // a value that could not be read says so, not "missing"
            shown.forEach((field, key) -> Pages.error("settings:" + field, key));
        }
        return null;
    }

    public String saveType(long typeId) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer quota = null;
        try {
            quota = Integer.valueOf(quotas.getOrDefault(typeId, "").strip());
        } catch (NumberFormatException e) {
            problems.put("quota-" + typeId, "conference.settings.error.quota");
        }
        Instant from = instant(opens.get(typeId), "period-" + typeId, problems);
        Instant to = instant(closes.get(typeId), "period-" + typeId, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            setup.changeType(typeId, quota, from, to);
            Pages.info("conference.settings.saved");
            conference = setup.conference(conference.id());
            fill();
        } catch (InvalidInput e) {
            // the sign-up period's message stands at its end field
            e.problems().forEach((field, key) -> Pages.error("types:" + field.replace("period-", "closes-"), key, e.args(field)));
        }
        return null;
    }

    public String addTrack() {
        try {
            setup.addTrack(conference.id(), track);
            track = null;
            Pages.info("conference.settings.saved");
            conference = setup.conference(conference.id());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("extras:" + field, key, e.args(field)));
        }
        return null;
    }

    public String addQuestion() {
        try {
            setup.addQuestion(conference.id(), question, questionRequired);
            question = null;
            questionRequired = false;
            Pages.info("conference.settings.saved");
            conference = setup.conference(conference.id());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("extras:" + field, key, e.args(field)));
        }
        return null;
    }

    public String addPartner() {
        try {
            setup.addPartner(conference.id(), partnerName, partnerKind, partnerUrl);
            partnerName = null;
            partnerKind = null;
            partnerUrl = null;
            Pages.info("conference.settings.saved");
            conference = setup.conference(conference.id());
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("partners:" + field, key, e.args(field)));
        }
        return null;
    }

    public String removePartner(long partnerId) {
        try {
            setup.removePartner(partnerId);
            Pages.info("conference.settings.saved");
        } catch (NotFoundException alreadyGone) {
            Pages.info("conference.settings.partnerGone"); // a second click, or removed in another tab
        }
        conference = setup.conference(conference.id());
        return null;
    }

    public java.util.List<String> getPartnerKinds() {
        return de.mitwirken.conference.entity.Partner.KINDS;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getPartnerKind() {
        return partnerKind;
    }

    public void setPartnerKind(String partnerKind) {
        this.partnerKind = partnerKind;
    }

    public String getPartnerUrl() {
        return partnerUrl;
    }

    public void setPartnerUrl(String partnerUrl) {
        this.partnerUrl = partnerUrl;
    }

    private LocalDate date(String field, Map<String, String> problems) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "conference.settings.error.date");
            return null;
        }
    }

    private Integer number(String field, Map<String, String> problems) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "conference.settings.error.number");
            return null;
        }
    }

    private static Instant instant(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), DATE_TIME).atZone(Formatter.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "conference.settings.error.dateTime");
            return null;
        }
    }

    private static String local(Instant instant) {
        return DATE_TIME.format(instant.atZone(Formatter.ZONE));
    }

    public SettingsView getConference() {
        return conference;
    }

    public List<SettingsView> getAll() {
        return all;
    }

    /** The form's text fields by name (title, venue, capacity, …), bound in the page as form['title']. */
    public Map<String, String> getForm() {
        return form;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Map<Long, String> getQuotas() {
        return quotas;
    }

    public Map<Long, String> getOpens() {
        return opens;
    }

    public Map<Long, String> getCloses() {
        return closes;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public boolean isQuestionRequired() {
        return questionRequired;
    }

    public void setQuestionRequired(boolean questionRequired) {
        this.questionRequired = questionRequired;
    }
}
