package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.ItemSummary;
import de.mitwirken.backlog.boundary.RankingRunView;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemDraft;
import de.mitwirken.needs.boundary.PublicNeeds.ClusterRef;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import de.mitwirken.web.frame.UrlParams;
import de.mitwirken.strategy.StrategyField;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The strategy office's backlog: every item by rank, a new item (also from a cluster of needs), re-ranking. */
@Named
@ViewScoped
public class BacklogOfficeBean implements Serializable {

    private static final String FORM = "item:";

    @Inject
    Backlog backlog;

    @Inject
    PublicNeeds needs;

    private static final String ITEMS = "backlog.office.items";
    private static final String CLUSTERS = "backlog.office.clusters";

    private String title;
    private String description;
    private List<String> fields = new ArrayList<>(); // names of StrategyField (select-many values are strings)
    private String ownerDepartment;
    private Horizon horizon;
    private Long clusterId;

    @PostConstruct
    void load() {
        lastRanking = backlog.lastRanking().orElse(null);
    }

    public void create() {
        ItemDraft draft = new ItemDraft(title, description, chosenFields(), ownerDepartment, horizon, null, null,
                null);
        try {
            long id = clusterId == null ? backlog.createItem(draft) : backlog.createItemFromCluster(clusterId, draft);
            Pages.infoAfterRedirect("backlog.office.created");
            Pages.redirect("/backlog/manage/item.xhtml?id=" + id);
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
            Pages.error(null, "backlog.office.error.summary");
        } catch (NotFoundException e) {
            Pages.error(FORM + "cluster", "backlog.office.error.cluster");
        }
    }

    private Set<StrategyField> chosenFields() {
        Set<StrategyField> chosen = new HashSet<>();
        fields.forEach(name -> {
            StrategyField field = UrlParams.enumOf(StrategyField.class, name);
            if (field != null) {
                chosen.add(field);
            }
        });
        return chosen;
    }

    private RankingRunView lastRanking;

    public void rescore() {
        backlog.rescoreAll();
        PerRequest.forget(ITEMS);
        lastRanking = backlog.lastRanking().orElse(null);
        Pages.info("backlog.office.rescored");
    }

    /** The newest ranking run (null before the first). */
    public RankingRunView getLastRanking() {
        return lastRanking;
    }

    /** Every item by rank: loaded per request (about a thousand rows must not stay in the session). */
    public List<ItemSummary> getItems() {
        return PerRequest.memo(ITEMS, backlog::items);
    }

    public List<ClusterRef> getClusters() {
        return PerRequest.memo(CLUSTERS, needs::clusters);
    }

    public List<StrategyField> getAllFields() {
        return List.of(StrategyField.values());
    }

    public List<Horizon> getHorizons() {
        return List.of(Horizon.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields == null ? new ArrayList<>() : fields;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(String ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public void setHorizon(Horizon horizon) {
        this.horizon = horizon;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public void setClusterId(Long clusterId) {
        this.clusterId = clusterId;
    }
}
