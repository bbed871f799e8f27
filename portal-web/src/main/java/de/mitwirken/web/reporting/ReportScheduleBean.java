package de.mitwirken.web.reporting;

import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.reporting.boundary.ProgressReports;
import de.mitwirken.reporting.boundary.ScheduleView;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The strategy office sets the report schedule: every n months a draft over the m months before, from a day on.
 * Typed values stay in the form with a message next to the field when refused; the form carries the version
 * it read ("changed meanwhile").
 */
@Named
@ViewScoped
public class ReportScheduleBean implements Serializable {

    private static final String FORM = "schedule:";

    @Inject
    ProgressReports reports;

    private ScheduleView schedule;
    private boolean active;
    private String interval;
    private String period;
    private String next;
    private String version;

    @PostConstruct
    void load() {
        show(reports.schedule());
    }

    private void show(ScheduleView view) {
        schedule = view;
        active = view.active();
        interval = String.valueOf(view.intervalMonths());
        period = String.valueOf(view.periodMonths());
        next = view.nextRun().toString();
        version = String.valueOf(view.lockVersion());
    }

    public void save() {
        Integer months = months(interval, "interval");
        Integer length = months(period, "period");
        LocalDate day = null;
        if (next == null || next.isBlank()) {
            Pages.error(FORM + "next", "reporting.schedule.error.next");
        } else {
            try {
                day = LocalDate.parse(next.strip());
            } catch (DateTimeParseException e) {
                Pages.error(FORM + "next", "reporting.error.date");
            }
        }
        if (!FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return;
        }
        try {
            show(reports.scheduleReports(seenVersion(), active, months, length, day));
            Pages.info(active ? "reporting.schedule.saved" : "reporting.schedule.paused");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
    }

    private static Integer months(String typed, String field) {
        try {
            return Integer.valueOf(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            Pages.error(FORM + field, "reporting.schedule.error.months");
            return null;
        }
    }

    private long seenVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    public ScheduleView getSchedule() { return schedule; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getInterval() { return interval; }
    public void setInterval(String interval) { this.interval = interval; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
