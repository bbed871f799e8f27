package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.Kpis;
import de.mitwirken.backlog.boundary.PublicPlans;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.boundary.RoadmapPage;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.ApiProblem;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public roadmap as JSON: published backlog items with rank, status and progress, and one item with its plan,
 * KPIs, linked needs and clusters, the score's reasons and its change history ({@link ItemApi}).
 */
@Path("backlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BacklogResource {

    /** Linked needs the detail lists (as the public item page); the published ones by number. */
    static final int NEEDS_SHOWN = 100;

    @Inject
    PublicRoadmap roadmap;
    @Inject
    PublicPlans plans;
    @Inject
    Kpis kpis;
    @Inject
    ItemLinks links;
    @Inject
    PublicNeeds needs;

    /** A published item in the list. */
    public record Item(long id, String title, Set<StrategyField> fields, String ownerDepartment, Horizon horizon,
                       String status, int progress, LocalDate startDate, LocalDate endDate, Integer rank,
                       Double score) {
        static Item of(ItemSummary s) {
            return new Item(s.id(), s.title(), s.fields(), s.ownerDepartment(), s.horizon(), s.status().name(),
                    s.progress(), s.startDate(), s.endDate(), s.rank(), s.scoreNormalised());
        }
    }

    /** One page of the published backlog, in roadmap order. */
    public record ItemList(int page, int pageSize, long total, int pages, List<Item> items) {
    }

    @GET
    public ItemList list(@QueryParam("field") String field,
                         @QueryParam("horizon") String horizon,
                         @QueryParam("page") String page) {
        Long number = UrlParams.id(page); // anything but a positive number is the first page, 0
        RoadmapPage shown = roadmap.page(UrlParams.enumOf(StrategyField.class, field),
                UrlParams.enumOf(Horizon.class, horizon), number == null ? 0 : (int) Math.min(number, Integer.MAX_VALUE));
        return new ItemList(shown.page(), shown.pageSize(), shown.total(), shown.pages(),
                shown.items().stream().map(Item::of).toList());
    }

    @GET
    @Path("{id}")
    public Response item(@PathParam("id") long id,
                         @QueryParam("historyPage")
                         String historyPage) {
        Optional<ItemDetail> detail = roadmap.item(id);
        Optional<ItemPlan> plan = detail.flatMap(d -> plans.plan(id));
        if (plan.isEmpty()) {
            return ApiProblem.notFound("No published backlog item " + id + ".");
        }
        ItemDetail d = detail.get();
        Long page = UrlParams.id(historyPage);
        return Response.ok(ItemApi.of(d, plan.get(), kpis.ofItem(id), needs.publicNeeds(d.needIds(), NEEDS_SHOWN),
                links.published(id).clusters(), plans.history(id, page == null ? 0 : (int) Math.min(page, Integer.MAX_VALUE))))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
