package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.Answer;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Moderating one need: publish, reject, correct, hide, cluster, block the author, answer officially. */
@Named
@ViewScoped
public class ModerateNeedBean implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    PublicNeeds needs;

    private Long id;
    private NeedDetail need;
    private String rejectReason;
    private String title;
    private String description;
    private Outcome outcome;
    private String answerText;
    private String department;
    private String reason;
    private String easyText;
    private String clusterTitle;
    private String clusterSummary;
    private Long clusterId;
    private String blockReason;

    /** f:viewAction: loads the need; an unknown id answers 404. */
    public void load() {
        need = id == null ? null : needs.need(id, null).orElse(null);
        if (need == null) {
            Pages.notFound();
            return;
        }
        title = need.title();
        description = need.description();
        if (need.answer() != null) {
            outcome = need.answer().outcome();
            answerText = need.answer().text();
            department = need.answer().department();
            reason = need.answer().reason();
            easyText = need.answer().easyText();
        }
    }

    public void startReview() {
        act(() -> moderation.startReview(id), "moderation.done.review");
    }

    public void publish() {
        act(() -> moderation.publish(id), "moderation.done.published");
    }

    public void reject() {
        act(() -> moderation.reject(id, rejectReason), "moderation.done.rejected");
    }

    public void correct() {
        act(() -> moderation.correct(id, title, description), "moderation.done.corrected");
    }

    public void hide() {
        act(() -> moderation.hide(id), "moderation.done.hidden");
    }

    public void unhide() {
        act(() -> moderation.unhide(id), "moderation.done.shown");
    }

    public void answer() {
        act(() -> moderation.answer(id, new Answer(outcome, answerText, department, reason, easyText)), "moderation.done.answered");
    }

    public void createCluster() {
        act(() -> moderation.createCluster(clusterTitle, clusterSummary, List.of(id)), "moderation.done.clustered");
    }

    public void joinCluster() {
        if (clusterId == null) {
            Pages.error("cluster:clusterId", "moderation.cluster.choose");
            return;
        }
        act(() -> moderation.addToCluster(clusterId, id), "moderation.done.clustered");
    }

    public void leaveCluster() {
        act(() -> moderation.removeFromCluster(id), "moderation.done.unclustered");
    }

    public void blockAuthor() {
        if (need.author().profileId() == null) {
            Pages.error(null, "moderation.block.noAuthor");
            return;
        }
        act(() -> moderation.block(need.author().profileId(), blockReason), "moderation.done.blocked");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Pages.info(doneKey);
            load();
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error(formOf(field) + field, key, e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.error(null, "moderation.gone");
        }
    }

    private static String formOf(String field) {
        return switch (field) {
            case "reason" -> "answer:";
            case "rejectReason" -> "reject:";
            case "outcome", "answerText", "department", "easyText" -> "answer:";
            case "description", "title" -> "correct:";
            case "clusterTitle", "clusterSummary" -> "cluster:";
            case "blockReason" -> "block:";
            default -> "";
        };
    }

    public List<PublicNeeds.ClusterRef> getClusters() {
        return needs.clusters();
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NeedDetail getNeed() {
        return need;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
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

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getClusterTitle() {
        return clusterTitle;
    }

    public void setClusterTitle(String clusterTitle) {
        this.clusterTitle = clusterTitle;
    }

    public String getClusterSummary() {
        return clusterSummary;
    }

    public void setClusterSummary(String clusterSummary) {
        this.clusterSummary = clusterSummary;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public void setClusterId(Long clusterId) {
        this.clusterId = clusterId;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }

    public String getEasyText() {
        return easyText;
    }

    public void setEasyText(String easyText) {
        this.easyText = easyText;
    }
}
