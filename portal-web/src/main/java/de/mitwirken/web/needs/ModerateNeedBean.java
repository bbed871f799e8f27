package de.mitwirken.web.needs;

import de.mitwirken.needs.boundary.Moderation;
import de.mitwirken.needs.boundary.NeedDetail;
import de.mitwirken.needs.boundary.NeedsPermissions;
import de.mitwirken.needs.boundary.PublicNeeds;
import de.mitwirken.needs.entity.Answer;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.frame.CurrentUser;
import de.mitwirken.web.frame.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderating one need: publish, reject, correct, hide, cluster, hide and restore its comments, block its author or a
 * commenter, answer officially.
 */
@Named
@ViewScoped
public class ModerateNeedBean implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    PublicNeeds needs;

    @Inject
    CurrentUser currentUser;

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
    private List<Moderation.ModeratedComment> comments;
    private List<Moderation.Participant> participants;
    private final Map<Long, String> commentReasons = new HashMap<>();
    private Long blockProfileId;
    private String blockReason;
    private String blockDuration = "PERIOD";
    private String blockUntil;

    /** f:viewAction: loads the need; an unknown id answers 404. */
    public void load() {
        need = id == null ? null : needs.need(id, null).orElse(null);
        if (need == null) {
            Pages.notFound();
            return;
        }
        title = need.title();
        description = need.description();
        if (NeedsPermissions.mayModerate(currentUser::hasRole)) {
            comments = moderation.comments(id);
            participants = moderation.participants(id);
        }
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

    /** Hides a comment with the reason typed in its row (index: the row, for the message at the field). */
    public void hideComment(long commentId, int index) {
        act(() -> moderation.hideComment(commentId, commentReasons.get(commentId)), "moderation.done.commentHidden",
                "comments:" + index + ":moderate:");
    }

    public void restoreComment(long commentId, int index) {
        act(() -> moderation.restoreComment(commentId, commentReasons.get(commentId)), "moderation.done.commentShown",
                "comments:" + index + ":moderate:");
    }

    /** Blocks the chosen participant (author or commenter) until a day or for good. */
    public void block() {
        if (blockProfileId == null || participants.stream().noneMatch(p -> p.profileId() == blockProfileId)) {
            Pages.error("block:blockProfileId", "moderation.block.choose");
            return;
        }
        LocalDate lastDay = null;
        if (!"FOR_GOOD".equals(blockDuration)) {
            lastDay = day(blockUntil);
            if (lastDay == null) {
                Pages.error("block:blockUntil", "moderation.block.untilMissing");
                return;
            }
        }
        LocalDate until = lastDay;
        if (act(() -> moderation.block(blockProfileId, blockReason, until), "moderation.done.blocked", "block:")) {
            blockReason = null;
            blockUntil = null;
            blockProfileId = null;
        }
    }

    private void act(Runnable action, String doneKey) {
        act(action, doneKey, null);
    }

    /** form: where the fields of this action are (null: found by their names). */
    private boolean act(Runnable action, String doneKey, String form) {
        try {
            action.run();
            Pages.info(doneKey);
            commentReasons.clear();
            load();
            return true;
        } catch (InvalidInput e) {
            e.problems().forEach((field, key) -> Pages.error((form == null ? formOf(field) : form) + field, key,
                    e.args(field)));
        } catch (NotAllowed e) {
            Pages.refused(e);
        } catch (NotFoundException e) {
            Pages.error(null, "moderation.gone");
        }
        return false;
    }

    /** The date picker sends 2026-12-31; typed by hand (no picker) 31.12.2026 is understood too. */
    static LocalDate day(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu")
                .withResolverStyle(ResolverStyle.STRICT))) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    private static String formOf(String field) {
        return switch (field) {
            case "reason" -> "answer:";
            case "rejectReason" -> "reject:";
            case "outcome", "answerText", "department", "easyText" -> "answer:";
            case "description", "title" -> "correct:";
            case "clusterTitle", "clusterSummary" -> "cluster:";
            case "blockReason", "blockUntil" -> "block:";
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

    public List<Moderation.ModeratedComment> getComments() {
        return comments;
    }

    public List<Moderation.Participant> getParticipants() {
        return participants;
    }

    public Map<Long, String> getCommentReasons() {
        return commentReasons;
    }

    public Long getBlockProfileId() {
        return blockProfileId;
    }

    public void setBlockProfileId(Long blockProfileId) {
        this.blockProfileId = blockProfileId;
    }

    public String getBlockDuration() {
        return blockDuration;
    }

    public void setBlockDuration(String blockDuration) {
        this.blockDuration = blockDuration;
    }

    public String getBlockUntil() {
        return blockUntil;
    }

    public void setBlockUntil(String blockUntil) {
        this.blockUntil = blockUntil;
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
