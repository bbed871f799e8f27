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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public roadmap as JSON: published backlog items with rank, status and progress, and one item with its plan,
 * KPIs, linked needs and clusters, the score's reasons and its change history ({@link ItemApi}).
 */
@Path("backlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backlog", description = "The published strategy backlog (Vorhaben) and why each item ranks where it does")
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
    @Schema(name = "BacklogItem", description = "A published backlog item; rank and score are left out when it has none")
    public record Item(long id, String title, Set<StrategyField> fields, String ownerDepartment, Horizon horizon,
                       String status, int progress, LocalDate startDate, LocalDate endDate, Integer rank,
                       Double score) {
        static Item of(ItemSummary s) {
            return new Item(s.id(), s.title(), s.fields(), s.ownerDepartment(), s.horizon(), s.status().name(),
                    s.progress(), s.startDate(), s.endDate(), s.rank(), s.scoreNormalised());
        }
    }

    /** One page of the published backlog, in roadmap order. */
    @Schema(name = "BacklogItemList", description = "One page of the published backlog in roadmap order")
    public record ItemList(int page, int pageSize, long total, int pages, List<Item> items) {
    }

    @GET
    @Operation(summary = "Published backlog items, ranked first by rank, one page at a time",
            description = "Optional filters: field (ADMINISTRATION, IT_COMMUNICATION, ENERGY_ENVIRONMENT, MOBILITY,"
                    + " SOCIETY) and horizon (SHORT_2025, LONG_2030); page from 0 (portal.backlog.roadmap.page-size"
                    + " items per page, 50 by default; a page beyond the last gives the last). Each item has its rank"
                    + " (null for items without a complete score, and for done ones), its score normalised to 0–100"
                    + " of the top item, status and progress. The whole list as CSV: /backlog/export.csv.")
    public ItemList list(@Parameter(description = "strategy field") @QueryParam("field") String field,
                         @Parameter(description = "horizon") @QueryParam("horizon") String horizon,
                         @Parameter(description = "page, from 0") @QueryParam("page") String page) {
        Long number = UrlParams.id(page); // anything but a positive number is the first page, 0
        RoadmapPage shown = roadmap.page(UrlParams.enumOf(StrategyField.class, field),
                UrlParams.enumOf(Horizon.class, horizon), number == null ? 0 : (int) Math.min(number, Integer.MAX_VALUE));
        return new ItemList(shown.page(), shown.pageSize(), shown.total(), shown.pages(),
                shown.items().stream().map(Item::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published item: plan, KPIs, linked needs and clusters, \"why this rank\" and change history",
            description = "Rank, score, status, progress, fields, horizon, dates; budget and public contact when there"
                    + " are; the milestones with their state (PLANNED, DONE, OVERDUE) and every move of a date with its"
                    + " public reason; the KPIs it contributes to (latest value, traffic light, targets 2025 and 2030);"
                    + " the published needs (at most " + NEEDS_SHOWN + ") and the clusters it answers; the inputs and steps"
                    + " of its score; one page of the change history of its public fields (historyPage from 0, "
                    + "newest first). Unknown and unpublished items: 404 as application/problem+json (RFC 9457).")
    @APIResponse(responseCode = "200", description = "the published item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemApi.Detail.class)))
    @APIResponse(responseCode = "404", description = "no published item with this number",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response item(@Parameter(description = "the item's number") @PathParam("id") long id,
                         @Parameter(description = "page of the change history, from 0") @QueryParam("historyPage")
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
