package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.entity.KpiTrajectory;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configuration of a KPI's chart (for {@code p:chart}): the measured values as a solid line and
 * the line its status rule compares them with ({@link KpiTrajectory#line()}: baseline → 2025 target → 2030
 * target) dashed. The time axis is linear in years (2024.5 is the middle of 2024), so both lines keep their
 * true slopes; each point carries its day and value as the page writes them, for the tooltip.
 */
final class KpiChart {

    /** Dark blue and dark red, both with more than 7:1 contrast on white; the target line is also dashed. */
    static final String MEASURED_COLOUR = "#0b3d6b";
    static final String TARGET_COLOUR = "#a4161a";

    /** A point of a series: x in years, y the value, day and text as shown to people. */
    record Point(double x, double y, String day, String text) {
    }

    /** The words a chart needs, in the page's language. */
    record Texts(String measured, String target, String year, String unit, String locale) {
    }

    private KpiChart() {
    }

    /** A day as a year with its fraction: 1 Jan 2024 is 2024.0, 31 Dec 2030 is just under 2031. */
    static double year(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    static List<Point> measured(KpiView kpi, Function<LocalDate, String> day, Function<Double, String> value) {
        return kpi.measurements().stream().map(m -> new Point(year(m.date()), m.value().doubleValue(), day.apply(m.date()),
                value.apply(m.value().doubleValue()))).toList();
    }

    static List<Point> target(KpiView kpi, Function<LocalDate, String> day, Function<Double, String> value) {
        return kpi.definition().trajectory().line().stream()
                .map(p -> new Point(year(p.date()), p.value(), day.apply(p.date()), value.apply(p.value()))).toList();
    }

    /** The whole years the time axis spans: from the year of the earliest point to the end of 2030 (or later). */
    static int[] years(List<Point> measured, List<Point> target) {
        double first = target.get(0).x();
        double last = target.get(target.size() - 1).x();
        for (Point p : measured) {
            first = Math.min(first, p.x());
            last = Math.max(last, p.x());
        }
        return new int[] {(int) Math.floor(first), (int) Math.floor(last) + 1};
    }

    static String config(List<Point> measured, List<Point> target, Texts texts) {
        int[] years = years(measured, target);
        JsonObjectBuilder ticks = Json.createObjectBuilder().add("stepSize", 1)
                .add("format", Json.createObjectBuilder().add("useGrouping", false).add("maximumFractionDigits", 0));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "linear").add("min", years[0]).add("max", years[1])
                        .add("ticks", ticks).add("title", title(texts.year())))
                .add("y", Json.createObjectBuilder().add("title", title(texts.unit())));
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false).add("locale", texts.locale())
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("labels", Json.createObjectBuilder().add("usePointStyle", true))));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(series(texts.measured(), measured, MEASURED_COLOUR, "circle").add("borderDash", Json.createArrayBuilder()))
                .add(series(texts.target(), target, TARGET_COLOUR, "rectRot").add("borderDash", Json.createArrayBuilder().add(6).add(4)));
        return scriptSafe(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options).build().toString());
    }

    private static JsonObjectBuilder series(String label, List<Point> points, String colour, String pointStyle) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(Json.createObjectBuilder().add("x", p.x()).add("y", p.y()).add("day", p.day())
                .add("text", p.text())));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderWidth", 2).add("pointStyle", pointStyle).add("pointRadius", 4)
                .add("tension", 0);
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    /**
     * JSON made safe to stand inside a script element (PrimeFaces writes the configuration into the page's
     * widget script): characters that could end the element or a line of script become escapes, which JSON
     * reads back as the same characters.
     */
    static String scriptSafe(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
