package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.backlog.boundary.RoadmapPage;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.needs.entity.StrategyField;
import de.mitwirken.web.platform.UrlParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public roadmap as JSON: published backlog items with rank, status and progress, and the score's reasons. */
@Path("backlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backlog", description = "The published strategy backlog (Vorhaben) and why each item ranks where it does")
public class BacklogResource {

    @Inject
    PublicRoadmap roadmap;

    /** A published item in the list. */
    public record Item(long id, String title, Set<StrategyField> fields, String ownerDepartment, Horizon horizon,
                       String status, int progress, LocalDate startDate, LocalDate endDate, Integer rank,
                       Double score) {
        static Item of(ItemSummary s) {
            return new Item(s.id(), s.title(), s.fields(), s.ownerDepartment(), s.horizon(), s.status().name(),
                    s.progress(), s.startDate(), s.endDate(), s.rank(), s.scoreNormalised());
        }
    }

    /**
     * A published item with its description, milestones, linked needs and the terms of its score;
     * easyDescription is the description in Leichte Sprache (easy-to-read German), left out when there is none.
     */
    public record ItemWithReasons(Item item, String description, List<ItemDetail.MilestoneView> milestones,
                                  Set<Long> needIds, Set<Long> serviceIds, List<Score.Term> scoreTerms,
                                  List<Score.Kind> missingInputs, String rankJustification, String easyDescription) {
    }

    /** One page of the published backlog, in roadmap order. */
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
    @Operation(summary = "One published item with the inputs, sources and steps of its score (\"why this rank\")")
    public ItemWithReasons item(@Parameter(description = "the item's number") @PathParam("id") long id) {
        ItemDetail d = roadmap.item(id).orElseThrow(NotFoundException::new);
        Score score = d.score();
        return new ItemWithReasons(Item.of(d.summary()), d.description(), d.milestones(), d.needIds(), d.serviceIds(),
                score == null ? List.of() : score.terms(), score == null ? List.of() : score.missing(),
                d.rankJustification(), d.easyDescription());
    }
}
