package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.ItemDetail;
import de.mitwirken.backlog.entity.Assessment;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.needs.boundary.PublicNeeds.ServiceOption;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One backlog item for the strategy office: affected services, assessment, next step in its lifecycle, progress. */
@Named
@ViewScoped
public class ItemOfficeBean implements Serializable {

    private static final String FORM = "assess:";

    @Inject
    Backlog backlog;

    @Inject
    PublicNeeds needs;

    private long id;
    private ItemDetail item;
    private List<Serializable> services = new ArrayList<>(); // service ids; JSF converts them by the options' type (Long)
    private Integer impactRating;
    private Integer confidence;
    private String effort;
    private Integer progress;
    private String dropReason;
    private List<ServiceOption> serviceOptions = List.of();
    private String manualRank;
    private String justification;
    private String easyText;

    @PostConstruct
    void init() {
        item = Pages.byIdOr404("id", backlog::detail);
        if (item == null) {
            return;
        }
        id = item.summary().id();
        serviceOptions = needs.services();
        services = new ArrayList<>(item.serviceIds());
        impactRating = item.impactRating();
        confidence = item.confidence();
        effort = item.effort() == null ? null : item.effort().toPlainString();
        progress = item.summary().progress();
        easyText = item.easyDescription();
    }

    /** The easy-to-read version of the description (Leichte Sprache); saving an empty field removes it. */
    public void saveEasyText() {
        try {
            backlog.describeInEasyLanguage(id, easyText);
            reload();
            easyText = item.easyDescription();
            Pages.info(easyText == null ? "easy.removed" : "easy.saved");
        } catch (InvalidInput e) {
            // the typed text stays in the field to be shortened
            Pages.error("easy:easyText", "common.error.easyText");
        }
    }

    public void saveAssessment() {
        BigDecimal parsedEffort = null;
        if (effort != null && !effort.isBlank()) {
            try {
                parsedEffort = new BigDecimal(effort.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                Pages.error(FORM + "effort", "backlog.error.effort.missing");
                return;
            }
        }
        try {
            backlog.assessItem(id, chosenServices(), new Assessment(impactRating, confidence, parsedEffort));
            Pages.info("backlog.office.assessed");
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(FORM + field, key, e.args(field)));
        }
        reload();
    }

    /** One step forward in the lifecycle (proposed → assessed → prioritised → in progress → done). */
    public void advance() {
        ItemStatus next = getNextStatus();
        if (next == null) {
            return;
        }
        try {
            backlog.changeStatus(id, next);
            Pages.info("backlog.office.advanced");
        } catch (NotAllowed e) {
            Pages.error(null, "backlog.office.error.advance");
        }
        reload();
    }

    public void saveProgress() {
        try {
            backlog.recordProgress(id, progress == null ? -1 : progress);
            Pages.info("backlog.office.progressSaved");
        } catch (InvalidInput e) {
            Pages.error("progressForm:progress", "backlog.error.progress");
        } catch (NotAllowed e) {
            Pages.error(null, "backlog.error.transition");
        }
        reload();
    }

    public void drop() {
        try {
            backlog.dropItem(id, dropReason);
            Pages.info("backlog.office.dropped");
        } catch (InvalidInput e) {
            Pages.error("drop:reason", "backlog.error.dropReason");
        } catch (NotAllowed e) {
            Pages.error(null, "backlog.error.transition");
        }
        reload();
    }

    /** Puts the item at a rank by hand, with a written justification (audited, shown publicly), and re-ranks. */
    public void overrideRank() {
        Integer rank;
        try {
            rank = Integer.valueOf(manualRank == null ? "" : manualRank.strip());
        } catch (NumberFormatException e) {
            Pages.error("override:rank", "backlog.error.rank");
            return;
        }
        changeRank(rank);
    }

    /** Gives the rank back to the score (the justification says why). */
    public void liftOverride() {
        changeRank(null);
    }

    private void changeRank(Integer rank) {
        try {
            backlog.overrideRank(id, rank, justification);
            Pages.info(rank == null ? "backlog.office.overrideLifted" : "backlog.office.overridden");
            justification = null;
        } catch (InvalidInput e) {
            Pages.error("override:justification", "backlog.error.justification");
        } catch (NotAllowed e) {
            Pages.error(null, "backlog.error.transition");
        }
        reload();
    }

    private Set<Long> chosenServices() {
        Set<Long> chosen = new HashSet<>();
        for (Object value : services) {
            Long serviceId = UrlParams.id(String.valueOf(value));
            if (serviceId != null) {
                chosen.add(serviceId);
            }
        }
        return chosen;
    }

    private void reload() {
        item = backlog.detail(id);
    }

    public ItemStatus getNextStatus() {
        return item.summary().status().next().orElse(null);
    }

    public List<ServiceOption> getServiceOptions() {
        return serviceOptions;
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }

    public ItemDetail getItem() {
        return item;
    }

    public List<Serializable> getServices() {
        return services;
    }

    public void setServices(List<Serializable> services) {
        this.services = services == null ? new ArrayList<>() : services;
    }

    public Integer getImpactRating() {
        return impactRating;
    }

    public void setImpactRating(Integer impactRating) {
        this.impactRating = impactRating;
    }

    public Integer getConfidence() {
        return confidence;
    }

    public void setConfidence(Integer confidence) {
        this.confidence = confidence;
    }

    public String getEffort() {
        return effort;
    }

    public void setEffort(String effort) {
        this.effort = effort;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getManualRank() {
        return manualRank;
    }

    public void setManualRank(String manualRank) {
        this.manualRank = manualRank;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getDropReason() {
        return dropReason;
    }

    public void setDropReason(String dropReason) {
        this.dropReason = dropReason;
    }

    public String getEasyText() {
        return easyText;
    }

    public void setEasyText(String easyText) {
        this.easyText = easyText;
    }
}
