package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.NeedPage;
import de.mitwirken.needs.boundary.NeedSubmission;
import de.mitwirken.needs.boundary.NeedSummary;
import de.mitwirken.needs.boundary.PublicNeeds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published needs and clusters as JSON, paginated; the same filters as the list page. */
@Path("needs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "needs", description = "Published needs (Anliegen) and clusters")
public class NeedsResource {

    @Inject
    PublicNeeds needs;

    @Inject
    NeedSubmission submission;

    @Context
    HttpServletRequest request;

    /** One page of needs. */
    public record NeedList(int page, int pageSize, long total, int pages, List<NeedItem> items) {
    }

    /** A need in a list. */
    public record NeedItem(long id, String title, String excerpt, String field, String status, String outcome,
                           String submitterType, String organisation, String district, int supports, int comments,
                           Instant publishedAt, Instant answeredAt, Long clusterId) {
        static NeedItem of(NeedSummary n) {
            return new NeedItem(n.id(), n.title(), n.excerpt(), n.field().name(), n.status().name(),
                    n.outcome() == null ? null : n.outcome().name(), n.submitterType().name(), n.organisation(),
                    n.district(), n.supportCount(), n.commentCount(), n.publishedAt(), n.answeredAt(), n.clusterId());
        }
    }

    @GET
    @Operation(summary = "Published needs, newest first unless sorted otherwise",
            description = "Query parameters as on /needs/index.xhtml: q (search), field, service, status, submitter,"
                    + " district, sort (NEWEST, MOST_SUPPORTED, RECENTLY_ANSWERED, RELEVANCE), page (from 0, 20 per page).")
    public NeedList list() {
        NeedFilter filter = NeedParams.filter(request);
        NeedPage page = needs.page(filter);
        return new NeedList(filter.page(), NeedFilter.PAGE_SIZE, page.total(), page.pages(),
                page.needs().stream().map(NeedItem::of).toList());
    }

    @GET
    @Path("similar")
    @Operation(summary = "Up to five published needs like a text being typed (the \"this is my need too\" suggestion)",
            description = "German-aware: word stems without stop words, so 'Baugenehmigungen digital beantragen'"
                    + " finds 'Antrag auf Baugenehmigung online'. Texts are cut after 2 000 characters.")
    public List<NeedItem> similar(@Parameter(description = "title and description typed so far") @QueryParam("text") String text) {
        String typed = text == null ? "" : text.substring(0, Math.min(text.length(), 2000));
        return typed.strip().length() < 4 ? List.of()
                : submission.similarNeeds(typed).stream().map(NeedItem::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published need with its history, answer and public comments")
    public NeedDetail need(@Parameter(description = "the need's number") @PathParam("id") long id) {
        return needs.need(id, null).filter(NeedDetail::isPublic).map(NeedsResource::withoutPrivate)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("clusters")
    @Operation(summary = "All clusters of similar needs")
    public List<PublicNeeds.ClusterRef> clusters() {
        return needs.clusters();
    }

    @GET
    @Path("clusters/{id}")
    @Operation(summary = "A cluster with its published needs and the number of distinct supporters")
    public PublicNeeds.ClusterView cluster(@PathParam("id") long id) {
        return needs.cluster(id).orElseThrow(NotFoundException::new);
    }

    /** Authors' profile numbers are internal; the API shows names only. */
    static NeedDetail withoutPrivate(NeedDetail d) {
        return new NeedDetail(d.id(), d.title(), d.description(), d.field(), d.status(), d.hidden(), d.submitterType(),
                d.organisation(), d.district(), new NeedDetail.Author(null, d.author().name(), d.author().kind()),
                d.supportCount(), d.commentCount(), d.createdAt(), d.publishedAt(), d.moderatedEditAt(), d.services(),
                d.history(), d.answer(), null, d.cluster(), d.attachments(),
                d.comments().stream().map(NeedsResource::withoutAuthorId).toList(), d.language());
    }

    private static de.mitwirken.needs.boundary.CommentView withoutAuthorId(de.mitwirken.needs.boundary.CommentView c) {
        return new de.mitwirken.needs.boundary.CommentView(c.id(), c.parentId(), null, c.authorName(),
                c.formerParticipant(), c.official(), c.body(), c.createdAt(), c.editedAt(),
                c.replies().stream().map(NeedsResource::withoutAuthorId).toList());
    }
}
