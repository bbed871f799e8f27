package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferenceSetup;
import de.mitwirken.conference.boundary.GuestLimitsView;
import de.mitwirken.conference.boundary.SettingsView;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The edition's changes that reach everyone registered (issue #24), on the settings page: move it to another
 * first day, call it off with a reason, and how many days before the start the reminder goes out. A move and a
 * cancellation are asked for first, with how many people will be told.
 */
@Named
@ViewScoped
public class EditionBean implements Serializable {

    private static final String FORM = "edition:";

    @Inject
    ConferenceSetup setup;

    private SettingsView conference;
    private String newStart;
    private String reason;
    private String reminderDays;
    private String noShowMinutes;
    private GuestLimitsView limits;
    private String guestLimitAddress;
    private String guestLimitNetwork;
    private String guestLimitTotal;
    private String asked; // "move" or "cancel" while the organiser is asked to confirm

    @PostConstruct
    void init() {
        conference = Pages.byIdOr404("id", setup::conference);
        if (conference != null) {
            reminderDays = Integer.toString(conference.reminderDays());
            noShowMinutes = Integer.toString(conference.noShowMinutes());
            fillLimits();
        }
    }

    private void fillLimits() {
        limits = setup.guestLimits(conference.id());
        guestLimitAddress = limits.perAddress() == null ? null : limits.perAddress().toString();
        guestLimitNetwork = limits.perNetwork() == null ? null : limits.perNetwork().toString();
        guestLimitTotal = limits.total() == null ? null : limits.total().toString();
    }

    /** Saves the guest limits per hour; an empty field means the portal's default. */
    public String saveGuestLimits() {
        boolean[] ok = {true};
        Integer address = optionalNumber(guestLimitAddress, "guestLimitAddress", ok);
        Integer network = optionalNumber(guestLimitNetwork, "guestLimitNetwork", ok);
        Integer total = optionalNumber(guestLimitTotal, "guestLimitTotal", ok);
        if (!ok[0]) {
            return null;
        }
        return act(() -> {
            setup.changeGuestLimits(conference.id(), address, network, total);
            fillLimits();
            Pages.info("conference.settings.guestLimitsSaved");
        });
    }

    /** An empty field is the portal's default (null); anything typed must be a number, as in {@link #number}. */
    private static Integer optionalNumber(String typed, String field, boolean[] ok) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Integer value = number(typed, field, "conference.settings.error.guestLimit");
        ok[0] &= value != null;
        return value;
    }

    public GuestLimitsView getLimits() {
        return limits;
    }

    public String getGuestLimitAddress() {
        return guestLimitAddress;
    }

    public void setGuestLimitAddress(String value) {
        guestLimitAddress = value;
    }

    public String getGuestLimitNetwork() {
        return guestLimitNetwork;
    }

    public void setGuestLimitNetwork(String value) {
        guestLimitNetwork = value;
    }

    public String getGuestLimitTotal() {
        return guestLimitTotal;
    }

    public void setGuestLimitTotal(String value) {
        guestLimitTotal = value;
    }

    public String askMove() {
        if (parsedStart() != null) {
            asked = "move";
        }
        return null;
    }

    public String askCancel() {
        if (reason == null || reason.strip().length() < 3) {
            Pages.error(FORM + "reason", "conference.settings.error.cancelReason");
            return null;
        }
        asked = "cancel";
        return null;
    }

    public String back() {
        asked = null;
        return null;
    }

    public String move() {
        LocalDate start = parsedStart();
        asked = null;
        if (start == null) {
            return null;
        }
        return changed(() -> Pages.info("conference.settings.moved", setup.moveConference(conference.id(), start)));
    }

    public String cancel() {
        asked = null;
        return changed(() -> Pages.info("conference.settings.calledOff",
                setup.cancelConference(conference.id(), reason)));
    }

    /** After a move or a cancellation the whole page shows the new state: a fresh view, the message kept. */
    private String changed(Runnable step) {
        try {
            step.run();
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/conference/manage/settings.xhtml?faces-redirect=true&id=" + conference.id();
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    public String saveReminders() {
        Integer days = number(reminderDays, "reminderDays", "conference.settings.error.reminderDays");
        Integer minutes = number(noShowMinutes, "noShowMinutes", "conference.settings.error.noShowMinutes");
        if (days == null || minutes == null) {
            return null;
        }
        return act(() -> {
            setup.changeReminderAndNoShows(conference.id(), days, minutes);
            Pages.info("conference.settings.remindersSaved");
        });
    }

    private static Integer number(String typed, String field, String key) {
        try {
            return Integer.valueOf(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            Pages.error(FORM + field, key);
            return null;
        }
    }

    private String act(Runnable step) {
        try {
            step.run();
            conference = setup.conference(conference.id());
            newStart = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        return null;
    }

    private LocalDate parsedStart() {
        try {
            return LocalDate.parse(newStart == null ? "" : newStart.strip());
        } catch (DateTimeParseException e) {
            Pages.error(FORM + "startsOn", "conference.settings.error.date");
            return null;
        }
    }

    public SettingsView getConference() {
        return conference;
    }

    public String getAsked() {
        return asked;
    }

    public String getNewStart() {
        return newStart;
    }

    public void setNewStart(String newStart) {
        this.newStart = newStart;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNoShowMinutes() {
        return noShowMinutes;
    }

    public void setNoShowMinutes(String noShowMinutes) {
        this.noShowMinutes = noShowMinutes;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }
}
