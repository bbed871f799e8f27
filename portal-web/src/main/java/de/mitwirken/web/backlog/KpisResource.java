package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.KpiView;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.entity.KpiDraft;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.ApiProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The success-factor KPIs as JSON: definition, targets 2025 and 2030, measurements and status. */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpisResource {

    @Inject
    Kpis kpis;

    /**
     * A KPI as the public sees it (who typed in a value is internal), with the published backlog items that
     * contribute to it (by number).
     */
    public record Kpi(long id, String name, String unit, String direction, String successFactor, BigDecimal baselineValue,
                      LocalDate baselineDate, BigDecimal target2025, BigDecimal target2030, String dataSource,
                      String owner, List<Long> backlogItemIds, String status, List<Measurement> measurements) {
    }

    /** One measured value. */
    public record Measurement(LocalDate date, BigDecimal value, String note) {
    }

    @GET
    public List<Kpi> list() {
        Map<Long, List<ItemConnections.Ref>> contributors = kpis.contributors();
        return kpis.overview().stream().map(k -> of(k, contributors.getOrDefault(k.id(), List.of()))).toList();
    }

    @GET
    @Path("{id}")
    public Response kpi(@PathParam("id") long id) {
        KpiView view;
        try {
            view = kpis.kpi(id);
        } catch (NotFoundException e) {
            return ApiProblem.notFound("No KPI " + id + ".");
        }
        return Response.ok(of(view, kpis.contributors().getOrDefault(id, List.of()))).type(MediaType.APPLICATION_JSON).build();
    }

    static Kpi of(KpiView v, List<ItemConnections.Ref> items) {
        KpiDraft d = v.definition();
        return new Kpi(v.id(), d.name(), d.unit(), d.direction().name(), d.successFactor().name(), d.baselineValue(),
                d.baselineDate(), d.target2025(), d.target2030(), d.dataSource(), d.owner(), items.stream().map(ItemConnections.Ref::id).toList(),
                v.assessment().status().name(),
                v.measurements().stream().map(m -> new Measurement(m.date(), m.value(), m.note())).toList());
    }
}
