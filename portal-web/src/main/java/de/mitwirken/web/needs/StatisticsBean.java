package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.boundary.PublicNeeds.Statistics;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.strategy.StrategyField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/** The statistics page: needs per field and status (table) and per month and field (chart plus table). */
@Named
@RequestScoped
public class StatisticsBean {

    /** Distinguishable colours with 3:1 contrast against white, one per field. */
    static final String[] COLOURS = {"#0b3d6b", "#a4161a", "#1e6b30", "#8a5a00", "#5a2d82"};

    @Inject
    PublicNeeds needs;

    private Statistics statistics;

    public Statistics getStatistics() {
        if (statistics == null) {
            statistics = needs.statistics();
        }
        return statistics;
    }

    public List<StrategyField> getFields() {
        return List.of(StrategyField.values());
    }

    public List<NeedStatus> getStatuses() {
        return List.of(NeedStatus.PUBLISHED, NeedStatus.ANSWERED);
    }

    public long count(StrategyField field, NeedStatus status) {
        return getStatistics().byFieldAndStatus().getOrDefault(field.name(), Map.of()).getOrDefault(status.name(), 0L);
    }

    public long perMonth(StrategyField field, String month) {
        return getStatistics().byMonthAndField().getOrDefault(field.name(), Map.of()).getOrDefault(month, 0L);
    }

    /** Chart.js configuration: a stacked bar chart of published needs per month and field. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getStatistics().months().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<StrategyField> fields = getFields();
        for (int i = 0; i < fields.size(); i++) {
            StrategyField field = fields.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            getStatistics().months().forEach(m -> data.add(perMonth(field, m)));
            datasets.add(Json.createObjectBuilder().add("label", Pages.text("needs.field." + field))
                    .add("data", data).add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
