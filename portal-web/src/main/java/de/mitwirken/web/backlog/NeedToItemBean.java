package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemConnections.Ref;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * On the moderation page of a need (a fragment the page includes, because needs must not know the backlog): the
 * items the need is linked to, and linking it to an open item found by number or by words of the title.
 * Moderators and the strategy office may.
 */
@Named
@ViewScoped
public class NeedToItemBean implements Serializable {

    private static final String FORM = "needToItem:";

    @Inject
    ItemLinks links;

    private Long needId;
    private List<Ref> items = List.of();
    private String query;
    private List<Ref> found;
    private Long choice;

    @PostConstruct
    void init() {
        needId = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        reload();
    }

    public void find() {
        if (needId == null) {
            return;
        }
        found = null;
        choice = null;
        try {
            found = links.findOpenItems(query);
            if (found.size() == 1) {
                choice = found.get(0).id();
            }
        } catch (InvalidInput e) {
            e.problems().values().forEach(key -> Pages.error(FORM + "itemQuery", key));
        }
    }

    public void link() {
        if (needId == null || found == null) {
            return;
        }
        if (choice == null || found.stream().noneMatch(r -> r.id() == choice)) {
            Pages.error(FORM + "item", "backlog.links.error.choice");
            return;
        }
        try {
            Pages.info(links.linkNeed(choice, needId) ? "backlog.links.linked.NEED" : "backlog.links.already");
            found = null;
            choice = null;
            query = null;
        } catch (InvalidInput e) {
            e.problems().values().forEach(key -> Pages.error(FORM + "item", key));
        } catch (NotAllowed e) {
            Pages.error(FORM + "item", e.messageKey());
        } catch (NotFoundException e) {
            Pages.error(FORM + "item", "backlog.links.error.unknownNumber");
        }
        reload();
    }

    private void reload() {
        items = needId == null ? List.of() : links.itemsOfNeed(needId);
    }

    /** The items this need is linked to (number, title, status key). */
    public List<Ref> getItems() {
        return items;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Ref> getFound() {
        return found;
    }

    public Long getChoice() {
        return choice;
    }

    public void setChoice(Long choice) {
        this.choice = choice;
    }
}
