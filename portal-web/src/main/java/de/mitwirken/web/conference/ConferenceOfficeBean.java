package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ConferenceOffice;
import de.mitwirken.conference.boundary.OfficeDashboard;
import de.mitwirken.conference.boundary.OfficeDashboard.DayCount;
import de.mitwirken.web.frame.Formatter;
import de.mitwirken.web.frame.LocaleBean;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisers' dashboard of one conference ({@code ?id=N}): registrations per day as a bar chart (an inline
 * SVG drawn here, with the same numbers in a table), by status, per type and session, check-ins and no-shows.
 */
@Named
@RequestScoped
public class ConferenceOfficeBean {

    /** The chart's drawing area in SVG units: bars between the axis at the left and the dates below. */
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** One bar of the chart, in SVG units, with the text below it (the day) and above it (the count). */
    public record Bar(double x, double y, double width, double height, String day, String count, boolean labelled) {
    }

    @Inject
    ConferenceOffice office;
    @Inject
    Formatter formatter;
    @Inject
    LocaleBean locale;

    private OfficeDashboard dashboard;

    @PostConstruct
    void init() {
        dashboard = Pages.byIdOr404("id", office::dashboard);
    }

    public OfficeDashboard getDashboard() {
        return dashboard;
    }

    /** The bars of the per-day chart; the day is written under every bar when few, else under every n-th. */
    public List<Bar> getBars() {
        return bars(dashboard.perDay(), formatter::date, formatter::number);
    }

    static List<Bar> bars(List<DayCount> days, java.util.function.Function<java.time.LocalDate, String> date,
                          java.util.function.Function<Number, String> number) {
        List<Bar> bars = new ArrayList<>();
        if (days.isEmpty()) {
            return bars;
        }
        long max = Math.max(1, days.stream().mapToLong(DayCount::count).max().orElse(1));
        double slot = (double) (WIDTH - LEFT) / days.size();
        double width = Math.max(1, slot * 0.7);
        double area = HEIGHT - TOP - BOTTOM;
        int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
        for (int i = 0; i < days.size(); i++) {
            DayCount d = days.get(i);
            double height = area * d.count() / max;
            bars.add(new Bar(round(LEFT + i * slot + (slot - width) / 2), round(TOP + area - height), round(width),
                    round(height), date.apply(d.day()), number.apply(d.count()), i % every == 0));
        }
        return bars;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The largest number of registrations on one day: the top of the chart's scale. */
    public long getMaxPerDay() {
        return dashboard.perDay().stream().mapToLong(DayCount::count).max().orElse(0);
    }

    /** What the chart shows, in words: its accessible name. The table below has every value. */
    public String getChartLabel() {
        List<DayCount> days = dashboard.perDay();
        if (days.isEmpty()) {
            return Pages.text("conference.office.chart.empty");
        }
        DayCount busiest = days.stream().max(java.util.Comparator.comparingLong(DayCount::count)).orElseThrow();
        return new MessageFormat(Pages.text("conference.office.chart.label"), locale.getLocale()).format(new Object[] {
                formatter.date(days.get(0).day()), formatter.date(days.get(days.size() - 1).day()),
                formatter.number(days.get(days.size() - 1).cumulative()), formatter.number(busiest.count()),
                formatter.date(busiest.day())});
    }

    /** A share as a percentage with one decimal, e.g. "12,5 %"; empty for none. */
    public String percent(Double share) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A whole percentage such as "75 %"; empty for none. */
    public String wholePercent(Integer percent) {
        return percent == null ? "" : NumberFormat.getPercentInstance(locale.getLocale()).format(percent / 100.0);
    }

    public String getChartViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int getAxisLeft() {
        return LEFT;
    }

    public int getAxisTop() {
        return TOP;
    }

    public int getAxisBottom() {
        return HEIGHT - BOTTOM;
    }

    public int getAxisRight() {
        return WIDTH;
    }

    public int getDayLabelY() {
        return HEIGHT - 8;
    }
}
