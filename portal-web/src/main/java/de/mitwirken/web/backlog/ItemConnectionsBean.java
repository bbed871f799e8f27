package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemConnections;
import de.mitwirken.backlog.boundary.ItemConnections.Ref;
import de.mitwirken.backlog.boundary.ItemLinks;
import de.mitwirken.backlog.entity.LinkKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office's part of an item page that links it to needs, clusters and board recommendations (find by number
 * or words, choose, link), unlinks one with a reason, shows the link history, and links the KPIs the item
 * contributes to. Refusals are said next to the field they concern; what was typed stays.
 */
@Named
@ViewScoped
public class ItemConnectionsBean implements Serializable {

    private static final String FIND = "linkFind:";

    @Inject
    ItemLinks links;

    private Long id;
    private ItemConnections connections;
    private List<Ref> kpiChoices = List.of();
    private LinkKind kind = LinkKind.NEED;
    private String query;
    private LinkKind foundKind;
    private List<Ref> found;
    private Long choice;
    private String target;
    private String reason;
    private Long kpiId;

    @PostConstruct
    void init() {
        id = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (id != null) {
            reload();
        }
    }

    /** Finds needs, clusters or recommendations by number or by words of the title. */
    public void find() {
        if (id == null) {
            return;
        }
        found = null;
        choice = null;
        LinkKind searched = kind == null ? LinkKind.NEED : kind;
        try {
            found = switch (searched) {
                case NEED -> links.findNeeds(query);
                case CLUSTER -> links.findClusters(query);
                case RECOMMENDATION -> links.findRecommendations(query);
            };
            foundKind = searched;
            if (found.size() == 1) {
                choice = found.get(0).id(); // a number found exactly one: chosen already
            }
        } catch (InvalidInput e) {
            e.problems().values().forEach(key -> Pages.error(FIND + "query", key));
        }
    }

    /** Links the chosen need, cluster or recommendation. */
    public void link() {
        if (id == null || found == null) {
            return;
        }
        if (choice == null || found.stream().noneMatch(r -> r.id() == choice)) {
            Pages.error(FIND + "choice", "backlog.links.error.choice");
            return;
        }
        try {
            boolean made = switch (foundKind) {
                case NEED -> links.linkNeed(id, choice);
                case CLUSTER -> links.linkCluster(id, choice);
                case RECOMMENDATION -> links.linkRecommendation(id, choice);
            };
            Pages.info(made ? "backlog.links.linked." + foundKind : "backlog.links.already");
            found = null;
            choice = null;
            query = null;
        } catch (InvalidInput e) {
            e.problems().values().forEach(key -> Pages.error(FIND + "choice", key));
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    /** Unlinks what the office chose, with its reason (10–500 characters), which the history keeps. */
    public void unlink() {
        if (id == null) {
            return;
        }
        LinkKind unlinkKind = null;
        Long targetId = null;
        if (target != null && target.contains(":")) {
            unlinkKind = UrlParams.enumOf(LinkKind.class, target.substring(0, target.indexOf(':')));
            targetId = UrlParams.id(target.substring(target.indexOf(':') + 1));
        }
        if (unlinkKind == null || targetId == null) {
            Pages.error("unlink:target", "backlog.links.error.target");
            return;
        }
        try {
            links.unlink(id, unlinkKind, targetId, reason);
            Pages.info("backlog.links.unlinked." + unlinkKind);
            target = null;
            reason = null;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error("reason".equals(field) ? "unlink:reason" : "unlink:target", key, e.args(field)));
        }
        reload();
    }

    public void linkKpi() {
        if (id == null) {
            return;
        }
        if (kpiId == null) {
            Pages.error("itemKpis:kpi", "backlog.itemKpis.error.kpi");
            return;
        }
        try {
            Pages.info(links.linkKpi(id, kpiId) ? "backlog.itemKpis.linked" : "backlog.itemKpis.already");
            kpiId = null;
        } catch (InvalidInput e) {
            Pages.error("itemKpis:kpi", "backlog.itemKpis.error.kpi");
        } catch (NotAllowed e) {
            Pages.refused(e);
        }
        reload();
    }

    public void unlinkKpi(long kpi) {
        if (id == null) {
            return;
        }
        try {
            links.unlinkKpi(id, kpi);
            Pages.info("backlog.itemKpis.unlinked");
        } catch (InvalidInput e) {
            Pages.error(null, "backlog.itemKpis.error.notLinked");
        }
        reload();
    }

    private void reload() {
        try {
            connections = links.connections(id);
            Set<Long> linked = connections.kpis().stream().map(Ref::id).collect(Collectors.toSet());
            kpiChoices = links.kpiChoices().stream().filter(k -> !linked.contains(k.id())).toList();
        } catch (NotFoundException e) {
            id = null; // the item page itself answers 404
            connections = null;
        }
    }

    /** What can be unlinked, as choices "KIND:number" with a label. */
    public record Target(String value, LinkKind kind, Ref ref) implements Serializable {
    }

    public List<Target> getTargets() {
        List<Target> targets = new ArrayList<>();
        if (connections != null) {
            connections.needs().forEach(r -> targets.add(new Target(LinkKind.NEED + ":" + r.id(), LinkKind.NEED, r)));
            connections.clusters().forEach(r -> targets.add(new Target(LinkKind.CLUSTER + ":" + r.id(), LinkKind.CLUSTER, r)));
            connections.recommendations().forEach(r -> targets.add(new Target(LinkKind.RECOMMENDATION + ":" + r.id(),
                    LinkKind.RECOMMENDATION, r)));
        }
        return targets;
    }

    public ItemConnections getConnections() {
        return connections;
    }

    public List<Ref> getKpiChoices() {
        return kpiChoices;
    }

    public LinkKind[] getKinds() {
        return LinkKind.values();
    }

    public LinkKind getKind() {
        return kind;
    }

    public void setKind(LinkKind kind) {
        this.kind = kind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public LinkKind getFoundKind() {
        return foundKind;
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

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getKpiId() {
        return kpiId;
    }

    public void setKpiId(Long kpiId) {
        this.kpiId = kpiId;
    }
}
