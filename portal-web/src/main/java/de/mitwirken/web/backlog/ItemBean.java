package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.PublicRoadmap;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.web.platform.Pages;
import de.mitwirken.web.platform.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    private ItemDetail item;
    private List<NeedRef> linkedNeeds = List.of();

    /** A linked need as the page lists it. */
    public record NeedRef(long id, String title) {
    }

    @PostConstruct
    void load() {
        Long id = UrlParams.id(request.getParameter("id"));
        item = id == null ? null : roadmap.item(id).orElse(null);
        if (item == null) {
            Pages.notFound();
            return;
        }
        linkedNeeds = needs.publicNeeds(item.needIds(), NEEDS_SHOWN).stream()
                .map(n -> new NeedRef(n.id(), n.title())).toList();
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
