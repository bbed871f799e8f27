package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.entity.LinkType;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The links of one item for the strategy office: list them and add one (a conflict opens a divergence). */
@Named
@ViewScoped
public class ItemLinksBean implements Serializable {

    @Inject
    Backlog backlog;

    private Long id;
    private static final String LINKS = "backlog.item.links";
    private static final String OTHERS = "backlog.item.others";
    private LinkType type;
    private Long otherId;

    @PostConstruct
    void init() {
        id = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    public void link() {
        if (id == null) {
            return;
        }
        boolean complete = true;
        if (type == null) {
            Pages.error("links:type", "backlog.error.link.type");
            complete = false;
        }
        if (otherId == null) {
            Pages.error("links:other", "backlog.error.link.other");
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            backlog.linkItems(id, otherId, type);
            Pages.info(type.opensDivergence() ? "backlog.links.createdConflict" : "backlog.links.created");
            type = null;
            otherId = null;
        } catch (InvalidInput e) {
            e.problems().values().forEach(key -> Pages.error("links:other", key));
        } catch (NotFoundException e) {
            Pages.error("links:other", "backlog.error.link.other");
        }
        PerRequest.forget(LINKS);
    }

    /** Loaded per request, as the other items below: a list of every item must not stay in the session. */
    public List<ItemDetail.LinkView> getLinks() {
        if (id == null) {
            return List.of();
        }
        return PerRequest.memo(LINKS, () -> {
            try {
                return backlog.detail(id).links();
            } catch (NotFoundException e) {
                return List.of(); // the item page itself answers 404
            }
        });
    }

    public List<ItemSummary> getOthers() {
        if (id == null) {
            return List.of();
        }
        long self = id;
        return PerRequest.memo(OTHERS, () -> backlog.items().stream().filter(i -> i.id() != self).toList());
    }

    public LinkType[] getTypes() {
        return LinkType.values();
    }

    public LinkType getType() {
        return type;
    }

    public void setType(LinkType type) {
        this.type = type;
    }

    public Long getOtherId() {
        return otherId;
    }

    public void setOtherId(Long otherId) {
        this.otherId = otherId;
    }
}
