package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.ApiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published needs and clusters as JSON, paginated; the same filters as the list page. Described in the OpenAPI
 * document (web/frame/openapi.yaml, served at /openapi).
 */
@Path("needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NeedsResource {

    @Inject
    PublicNeeds needs;

    @Inject
    NeedSubmission submission;

    /** One page of needs. */
    public record NeedList(int page, int pageSize, long total, int pages, List<NeedItem> items) {
    }

    /** A need in a list. */
    public record NeedItem(long id, String title, String excerpt, String field, String status, String outcome,
                           String submitterType, String organisation, String district, int supports,
                           int verifiedSupports, int comments, Instant publishedAt, Instant answeredAt, Long clusterId) {
        static NeedItem of(NeedSummary n) {
            return new NeedItem(n.id(), n.title(), n.excerpt(), n.field().name(), n.status().name(),
                    n.outcome() == null ? null : n.outcome().name(), n.submitterType().name(), n.organisation(),
                    n.district(), n.supportCount(), n.verifiedSupportCount() == null ? 0 : n.verifiedSupportCount(),
                    n.commentCount(), n.publishedAt(), n.answeredAt(), n.clusterId());
        }
    }

    /** The list page's filters, named here so that the OpenAPI document can be checked against them. */
    @GET
    public NeedList list(@QueryParam("q") String q, @QueryParam("field") String field,
                         @QueryParam("service") String service, @QueryParam("status") String status,
                         @QueryParam("submitter") String submitter, @QueryParam("district") String district,
                         @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Map<String, String> given = new HashMap<>();
        given.put("q", q);
        given.put("field", field);
        given.put("service", service);
        given.put("status", status);
        given.put("submitter", submitter);
        given.put("district", district);
        given.put("sort", sort);
        given.put("page", page);
        NeedFilter filter = NeedParams.filter(given::get);
        NeedPage shown = needs.page(filter);
        return new NeedList(filter.page(), NeedFilter.PAGE_SIZE, shown.total(), shown.pages(),
                shown.needs().stream().map(NeedItem::of).toList());
    }

    @GET
    @Path("similar")
    public List<NeedItem> similar(@QueryParam("text") String text) {
        String typed = text == null ? "" : text.substring(0, Math.min(text.length(), 2000));
        return typed.strip().length() < 4 ? List.of()
                : submission.similarNeeds(typed).stream().map(NeedItem::of).toList();
    }

    /** A need: {@link NeedDetail} without its private parts; unknown and unpublished ones are problem details. */
    @GET
    @Path("{id}")
    public Response need(@PathParam("id") long id) {
        return needs.need(id, null).filter(NeedDetail::isPublic).map(NeedsResource::withoutPrivate)
                .map(d -> Response.ok(d).type(MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> ApiProblem.notFound("No published need " + id + "."));
    }

    @GET
    @Path("clusters")
    public List<PublicNeeds.ClusterRef> clusters() {
        return needs.clusters();
    }

    /** A cluster as {@link PublicNeeds.ClusterView}; unknown ones are problem details. */
    @GET
    @Path("clusters/{id}")
    public Response cluster(@PathParam("id") long id) {
        return needs.cluster(id).map(c -> Response.ok(c).type(MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> ApiProblem.notFound("No cluster " + id + "."));
    }

    /** Authors' profile numbers are internal; the API shows names only. */
    static NeedDetail withoutPrivate(NeedDetail d) {
        return new NeedDetail(d.id(), d.title(), d.description(), d.field(), d.status(), d.hidden(), d.submitterType(),
                d.organisation(), d.district(), new NeedDetail.Author(null, d.author().name(), d.author().kind()),
                d.supportCount(), d.commentCount(), d.createdAt(), d.publishedAt(), d.moderatedEditAt(), d.services(),
                d.history(), d.answer(), null, d.cluster(), d.attachments(),
                d.comments().stream().map(NeedsResource::withoutAuthorId).toList(), d.language(), d.verifiedSupportCount(),
                d.organisationId());
    }

    private static de.mitwirken.needs.boundary.CommentView withoutAuthorId(de.mitwirken.needs.boundary.CommentView c) {
        return new de.mitwirken.needs.boundary.CommentView(c.id(), c.parentId(), null, c.authorName(),
                c.formerParticipant(), c.official(), c.body(), c.createdAt(), c.editedAt(),
                c.replies().stream().map(NeedsResource::withoutAuthorId).toList());
    }
}
