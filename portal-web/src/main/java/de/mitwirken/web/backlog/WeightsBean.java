package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.Backlog;
import de.mitwirken.backlog.boundary.RankedItem;
import de.mitwirken.backlog.boundary.WeightVersion;
import de.mitwirken.backlog.entity.Weights;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.web.frame.Pages;
import de.mitwirken.web.frame.PerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What-if for the score weights: the office changes them, sees the re-ranking next to today's ranks before
 * anything is saved, then saves them as a new version (which re-ranks and is audited).
 */
@Named
@ViewScoped
public class WeightsBean implements Serializable {

    private static final String FORM = "weights:";

    @Inject
    Backlog backlog;

    private WeightVersion current;
    private String supporterWeight;
    private String reachWeight;
    private String impactWeight;
    private String confidenceWeight;
    private String note;
    private static final String PREVIEW = "backlog.weights.preview";

    @PostConstruct
    void load() {
        current = backlog.currentWeights();
        Weights w = current.weights();
        supporterWeight = plain(w.supporterWeight());
        reachWeight = plain(w.reachWeight());
        impactWeight = plain(w.impactWeight());
        confidenceWeight = plain(w.confidenceWeight());
    }

    public void preview() {
        Weights weights = typed();
        if (weights == null) {
            return;
        }
        try {
            PerRequest.put(PREVIEW, backlog.previewRanking(weights));
        } catch (InvalidInput e) {
            show(e.problems());
        }
    }

    public void save() {
        Weights weights = typed();
        if (weights == null) {
            return;
        }
        try {
            backlog.saveWeightSet(weights, note);
            Pages.infoAfterRedirect("backlog.weights.saved");
            Pages.redirect("/backlog/manage/index.xhtml");
        } catch (InvalidInput e) {
            show(e.problems());
        }
    }

    /** The typed weights, or null after saying next to each field what is not a number. */
    private Weights typed() {
        Double s = number(supporterWeight, "supporterWeight");
        Double r = number(reachWeight, "reachWeight");
        Double i = number(impactWeight, "impactWeight");
        Double c = number(confidenceWeight, "confidenceWeight");
        // a field that is no number stands in with its default, so that the others' ranges are checked too
        Weights weights = new Weights(s == null ? Weights.DEFAULT.supporterWeight() : s,
                r == null ? Weights.DEFAULT.reachWeight() : r, i == null ? Weights.DEFAULT.impactWeight() : i,
                c == null ? Weights.DEFAULT.confidenceWeight() : c);
        show(weights.problems());
        if (s == null || r == null || i == null || c == null || !weights.problems().isEmpty()) {
            PerRequest.forget(PREVIEW);
            return null;
        }
        return weights;
    }

    private static Double number(String typed, String field) {
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            Pages.error(FORM + field, "backlog.weights.error.number");
            return null;
        }
    }

    private static void show(Map<String, String> problems) {
        problems.forEach((field, key) -> Pages.error(FORM + field, key));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public WeightVersion getCurrent() {
        return current;
    }

    /** The ranking under the typed weights, shown in the preview's response only (not kept in the session). */
    public List<RankedItem> getPreview() {
        return PerRequest.memo(PREVIEW, List::of);
    }

    public String getSupporterWeight() {
        return supporterWeight;
    }

    public void setSupporterWeight(String supporterWeight) {
        this.supporterWeight = supporterWeight;
    }

    public String getReachWeight() {
        return reachWeight;
    }

    public void setReachWeight(String reachWeight) {
        this.reachWeight = reachWeight;
    }

    public String getImpactWeight() {
        return impactWeight;
    }

    public void setImpactWeight(String impactWeight) {
        this.impactWeight = impactWeight;
    }

    public String getConfidenceWeight() {
        return confidenceWeight;
    }

    public void setConfidenceWeight(String confidenceWeight) {
        this.confidenceWeight = confidenceWeight;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
