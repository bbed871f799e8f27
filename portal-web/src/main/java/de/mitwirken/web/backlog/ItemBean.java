package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.frame.HiddenControlsFilter;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.board.boundary.ExpertAssessments;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.board.boundary.BoardPermissions;
import de.mitwirken.board.boundary.RecommendationView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/** The public page of a backlog item: what it is, how far it is, why it ranks where it does, whose needs it answers. */
@Named
@RequestScoped
public class ItemBean {

    /** Linked needs shown on the page; the rest are counted. */
    private static final int NEEDS_SHOWN = 30;

    @Inject
    HttpServletRequest request;

    @Inject
    PublicRoadmap roadmap;

    @Inject
    PublicNeeds needs;

    @Inject
    PublicBoard board;

    @Inject
    ItemLinks links;

    private List<RecommendationView> recommendations = List.of();
    private ExpertAssessments.Summary assessments;

    @Inject
    ExpertAssessments experts;

    @Inject
    CurrentUser currentUser;

    private ItemDetail item;
    private List<NeedRef> linkedNeeds = List.of();

    /** A linked need as the page lists it. */
    public record NeedRef(long id, String title) {
    }

    @PostConstruct
    void load() {
        Long id = UrlParams.id(HiddenControlsFilter.parameter(request, "id"));
        item = id == null ? null : roadmap.item(id).orElse(null);
        if (item == null) {
            Pages.notFound();
            return;
        }
        linkedNeeds = needs.publicNeeds(item.needIds(), NEEDS_SHOWN).stream()
                .map(n -> new NeedRef(n.id(), n.title())).toList();
        recommendations = withLinked(board.recommendationsFeeding(item.summary().id()), links.published(id).recommendationIds());
        assessments = experts.summary(item.summary().id());
    }

    /**
     * The recommendations the board noted as feeding the item, and those the office linked to it (not twice);
     * drafts stay the board's internal business (the board answers "not found" for them).
     */
    private List<RecommendationView> withLinked(List<RecommendationView> fed, List<Long> linked) {
        List<RecommendationView> all = new ArrayList<>(fed);
        for (long recommendationId : linked) {
            if (all.stream().noneMatch(r -> r.id() == recommendationId)) {
                try {
                    all.add(board.recommendation(recommendationId));
                } catch (NotFoundException e) {
                    // a draft or gone: not shown
                }
            }
        }
        return all;
    }

    /** The board members' expert assessments of this item, in summary. */
    public ExpertAssessments.Summary getAssessments() {
        return assessments;
    }

    public boolean isBoardMember() {
        return BoardPermissions.isMember(currentUser::hasRole);
    }

    /** The advisory board's recommendations that fed this item. */
    public List<RecommendationView> getRecommendations() {
        return recommendations;
    }

    public ItemDetail getItem() {
        return item;
    }

    public List<NeedRef> getLinkedNeeds() {
        return linkedNeeds;
    }

    /** Links to items the public may see; links to internal drafts stay internal. */
    public List<ItemDetail.LinkView> getPublicLinks() {
        return item == null ? List.of() : item.links().stream().filter(ItemDetail.LinkView::otherPublished).toList();
    }
}
