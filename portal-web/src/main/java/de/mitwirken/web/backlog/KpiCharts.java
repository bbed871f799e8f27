package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.web.frame.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A KPI's chart of its values against the line its status follows, and the chart's accessible name, for the
 * KPI fragment ({@code WEB-INF/includes/backlog/kpi.xhtml}) that the success-factor page and the item page share.
 */
@Named
@RequestScoped
public class KpiCharts {

    @Inject
    BacklogView view;

    /** The Chart.js configuration of a KPI's chart: measured values and the dashed target line. */
    public String chart(KpiView kpi) {
        String unit = kpi.definition().unit();
        return KpiChart.config(KpiChart.measured(kpi, day(), value(unit)), KpiChart.target(kpi, day(), value(unit)),
                new KpiChart.Texts(Pages.text("backlog.kpi.chart.measured"), Pages.text("backlog.kpi.chart.target"),
                        Pages.text("backlog.kpi.chart.year"), unit, locale().getLanguage()));
    }

    /** What the chart shows, in words (the canvas' accessible name); all values are also in the table. */
    public String label(KpiView kpi) {
        String unit = kpi.definition().unit();
        String line = KpiChart.target(kpi, day(), value(unit)).stream()
                .map(p -> format("backlog.kpi.chart.corner", p.text(), p.day())).collect(Collectors.joining(", "));
        List<KpiView.MeasurementView> values = kpi.measurements();
        String measured = values.isEmpty() ? Pages.text("backlog.kpi.chart.noValues")
                : format("backlog.kpi.chart.values", values.size(), view.date(values.get(0).date()),
                        view.date(values.get(values.size() - 1).date()),
                        value(unit).apply(values.get(values.size() - 1).value().doubleValue()));
        return format("backlog.kpi.chart.label", kpi.definition().name(), measured, line);
    }

    private Function<LocalDate, String> day() {
        return view::date;
    }

    private Function<Double, String> value(String unit) {
        return v -> view.number(v, 4) + " " + unit;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String format(String key, Object... values) {
        return new MessageFormat(Pages.text(key), locale()).format(values);
    }
}
