package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemPlanning;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.backlog.entity.MilestoneState;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office plans an item's milestones (office item page): adds one (form "addMilestone"); per milestone moves it
 * up or down and marks it reached (a form of buttons in its row); and, for the milestone chosen by the link in its row
 * (?milestone=ID), edits title and description (form "editMilestone") and moves its date with a reason (form
 * "moveMilestone"). Fields are only in forms outside the list: Mojarra updates the model of a form inside ui:repeat
 * only for the last row, and Enter in a field submits the form's first button. Bad input is said next to the field
 * and what was typed stays; after a change the page is loaded again (post-redirect-get).
 */
@Named
@ViewScoped
public class MilestonePlanBean implements Serializable {

    private static final String ADD = "addMilestone:";
    private static final String EDIT = "editMilestone:";
    private static final String MOVE = "moveMilestone:";

    @Inject
    ItemPlanning planning;

    private long id;
    private ItemPlan plan;
    private boolean keepTyped;
    /** The milestone whose edit and move forms are shown (?milestone=ID), or null. */
    private Long chosenId;
    private String newTitle;
    private String newDescription;
    private String newDueDate;
    private String title;
    private String description;
    private String newDate;
    private String reason;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long itemId = UrlParams.id(params.get("id"));
        if (itemId != null) {
            id = itemId;
            chosenId = UrlParams.id(params.get("milestone"));
            load(); // an unknown item: the page's main bean answers 404
        }
    }

    /** Before the page renders: after another form of the page, show the milestones as they are now. */
    public void beforeRender() {
        if (plan != null && FacesContext.getCurrentInstance().isPostback() && !keepTyped) {
            load();
        }
        keepTyped = false;
    }

    public void add() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate due = ItemEditBean.date(newDueDate, "dueDate", problems);
        MilestoneDraft draft = new MilestoneDraft(newTitle, newDescription, due);
        Map<String, String> all = new LinkedHashMap<>(draft.problems());
        all.putAll(problems);
        if (!all.isEmpty()) {
            refused(ADD, all);
            return;
        }
        act(() -> planning.addMilestone(id, draft), ADD, "backlog.milestone.added");
    }

    /** New title and description of the chosen milestone. */
    public void describe() {
        ItemPlan.Step step = getChosen();
        if (step == null) {
            Pages.error(null, "backlog.milestone.error.gone");
            return;
        }
        MilestoneDraft draft = new MilestoneDraft(title, description, null);
        if (!draft.textProblems().isEmpty()) {
            refused(EDIT, draft.textProblems());
            return;
        }
        act(() -> planning.describeMilestone(id, step.id(), draft), EDIT, "backlog.milestone.saved");
    }

    /** A new date for the chosen milestone, with the reason the public reads. */
    public void moveDate() {
        ItemPlan.Step step = getChosen();
        if (step == null) {
            Pages.error(null, "backlog.milestone.error.gone");
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate date = ItemEditBean.date(newDate, "newDate", problems);
        DateMove move = new DateMove(date, reason);
        Map<String, String> all = new LinkedHashMap<>(move.problems(step.dueDate()));
        all.putAll(problems);
        if (!all.isEmpty()) {
            refused(MOVE, all);
            return;
        }
        act(() -> planning.moveMilestoneDate(id, step.id(), move), MOVE, "backlog.milestone.moved");
    }

    public void complete(long milestoneId) {
        act(() -> planning.completeMilestone(id, milestoneId), null, "backlog.milestone.reached");
    }

    public void up(long milestoneId) {
        act(() -> planning.moveMilestoneUp(id, milestoneId), null, "backlog.milestone.reordered");
    }

    public void down(long milestoneId) {
        act(() -> planning.moveMilestoneDown(id, milestoneId), null, "backlog.milestone.reordered");
    }

    private void act(Runnable step, String form, String savedKey) {
        try {
            step.run();
            Pages.infoAfterRedirect(savedKey);
            Pages.redirect("/backlog/manage/item.xhtml?id=" + id + "#milestones-heading");
        } catch (InvalidInput e) {
            refused(form, e.problems());
        } catch (NotAllowed e) {
            Pages.refused(e);
            keepTyped = true;
        } catch (NotFoundException e) {
            Pages.error(null, "backlog.milestone.error.gone");
            keepTyped = true;
        }
    }

    private void refused(String form, Map<String, String> problems) {
        problems.forEach((field, key) -> Pages.error(form == null ? null : form + field, key));
        Pages.error(null, "backlog.edit.error.summary");
        keepTyped = true;
    }

    private void load() {
        try {
            plan = planning.plan(id);
        } catch (NotFoundException e) {
            plan = null;
            return;
        }
        ItemPlan.Step step = getChosen();
        title = step == null ? null : step.title();
        description = step == null ? null : step.description();
        newDate = null;
        reason = null;
    }

    public ItemPlan getPlan() {
        return plan;
    }

    public List<ItemPlan.Step> getMilestones() {
        return plan == null ? List.of() : plan.milestones();
    }

    /** The milestone chosen for editing (null: none, or not one of this item's). */
    public ItemPlan.Step getChosen() {
        return plan == null || chosenId == null ? null
                : plan.milestones().stream().filter(s -> s.id() == chosenId).findFirst().orElse(null);
    }

    /** A reached milestone keeps its date: no move form. */
    public boolean isMovable() {
        ItemPlan.Step step = getChosen();
        return step != null && step.state() != MilestoneState.DONE;
    }

    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public String getNewDescription() { return newDescription; }
    public void setNewDescription(String newDescription) { this.newDescription = newDescription; }
    public String getNewDueDate() { return newDueDate; }
    public void setNewDueDate(String newDueDate) { this.newDueDate = newDueDate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getNewDate() { return newDate; }
    public void setNewDate(String newDate) { this.newDate = newDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
