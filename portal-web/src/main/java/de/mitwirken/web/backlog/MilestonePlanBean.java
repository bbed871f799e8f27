package de.mitwirken.web.backlog;

import de.mitwirken.backlog.boundary.ItemPlan;
import de.mitwirken.backlog.boundary.ItemPlanning;
import de.mitwirken.backlog.entity.DateMove;
import de.mitwirken.backlog.entity.MilestoneDraft;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.web.platform.Pages;
import de.mitwirken.web.platform.UrlParams;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office plans an item's milestones (office item page): adds one (form "addMilestone"), and per milestone
 * (a form "ms" in each row of the list "ml") moves it up or down, marks it reached, edits title and description,
 * and moves its date with a reason. Bad input is said next to the field of that milestone, whose panel stays open,
 * and what was typed stays; after a change the page is loaded again (post-redirect-get).
 */
@Named
@ViewScoped
public class MilestonePlanBean implements Serializable {

    private static final String ADD = "addMilestone:";

    @Inject
    ItemPlanning planning;

    private long id;
    private ItemPlan plan;
    private boolean keepTyped;
    /** What is typed per milestone (by id). */
    private final Map<Long, Row> rows = new HashMap<>();
    /** The milestone whose edit or move panel stays open to show its problems. */
    private Long openEdit;
    private Long openMove;
    private String newTitle;
    private String newDescription;
    private String newDueDate;

    /** The fields of one milestone's forms. */
    public static class Row implements Serializable {
        private String title;
        private String description;
        private String newDate;
        private String reason;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getNewDate() { return newDate; }
        public void setNewDate(String newDate) { this.newDate = newDate; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @PostConstruct
    void init() {
        Long itemId = UrlParams.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (itemId != null) {
            id = itemId;
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
        LocalDate due = date(newDueDate, "dueDate", problems);
        MilestoneDraft draft = new MilestoneDraft(newTitle, newDescription, due);
        Map<String, String> all = new LinkedHashMap<>(draft.problems());
        all.putAll(problems);
        if (!all.isEmpty()) {
            refused(ADD, all);
            return;
        }
        act(() -> planning.addMilestone(id, draft), ADD, "backlog.milestone.added");
    }

    /** New title and description of one milestone. */
    public void describe(long milestoneId) {
        Row row = row(milestoneId);
        MilestoneDraft draft = new MilestoneDraft(row.title, row.description, null);
        openEdit = milestoneId;
        if (!draft.textProblems().isEmpty()) {
            refused(form(milestoneId), draft.textProblems());
            return;
        }
        act(() -> planning.describeMilestone(id, milestoneId, draft), form(milestoneId), "backlog.milestone.saved");
    }

    /** A new date with the reason the public reads. */
    public void moveDate(long milestoneId) {
        Row row = row(milestoneId);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate date = date(row.newDate, "newDate", problems);
        DateMove move = new DateMove(date, row.reason);
        Map<String, String> all = new LinkedHashMap<>(move.problems(step(milestoneId).dueDate()));
        all.putAll(problems);
        openMove = milestoneId;
        if (!all.isEmpty()) {
            refused(form(milestoneId), all);
            return;
        }
        act(() -> planning.moveMilestoneDate(id, milestoneId, move), form(milestoneId), "backlog.milestone.moved");
    }

    public void complete(long milestoneId) {
        act(() -> planning.completeMilestone(id, milestoneId), form(milestoneId), "backlog.milestone.reached");
    }

    public void up(long milestoneId) {
        act(() -> planning.moveMilestoneUp(id, milestoneId), form(milestoneId), "backlog.milestone.reordered");
    }

    public void down(long milestoneId) {
        act(() -> planning.moveMilestoneDown(id, milestoneId), form(milestoneId), "backlog.milestone.reordered");
    }

    private void act(Runnable step, String form, String savedKey) {
        try {
            step.run();
            Pages.infoAfterRedirect(savedKey);
            Pages.redirect("/backlog/manage/item.xhtml?id=" + id + "#milestones-heading");
        } catch (InvalidInput e) {
            refused(form, e.problems());
        } catch (NotAllowed e) {
            Pages.error(null, e.messageKey());
            keepTyped = true;
        } catch (NotFoundException e) {
            Pages.error(null, "backlog.milestone.error.gone");
            keepTyped = true;
        }
    }

    private void refused(String form, Map<String, String> problems) {
        problems.forEach((field, key) -> Pages.error(form + field, key));
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
        rows.clear();
        openEdit = null;
        openMove = null;
        for (ItemPlan.Step step : plan.milestones()) {
            Row row = new Row();
            row.title = step.title();
            row.description = step.description();
            rows.put(step.id(), row);
        }
    }

    /** The client id prefix of a milestone's form: its row in the list "ml". */
    private String form(long milestoneId) {
        List<ItemPlan.Step> steps = plan.milestones();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id() == milestoneId) {
                return "ml:" + i + ":ms:";
            }
        }
        return "";
    }

    private ItemPlan.Step step(long milestoneId) {
        return plan.milestones().stream().filter(s -> s.id() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }

    private static LocalDate date(String typed, String field, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null; // the draft names the missing date
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "backlog.edit.error.date");
            return null;
        }
    }

    /** The typed fields of a milestone (created on first use, e.g. for a milestone added meanwhile). */
    public Row row(long milestoneId) {
        return rows.computeIfAbsent(milestoneId, k -> new Row());
    }

    public ItemPlan getPlan() {
        return plan;
    }

    public List<ItemPlan.Step> getMilestones() {
        return plan == null ? List.of() : plan.milestones();
    }

    public boolean isEditOpen(long milestoneId) {
        return openEdit != null && openEdit == milestoneId;
    }

    public boolean isMoveOpen(long milestoneId) {
        return openMove != null && openMove == milestoneId;
    }

    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public String getNewDescription() { return newDescription; }
    public void setNewDescription(String newDescription) { this.newDescription = newDescription; }
    public String getNewDueDate() { return newDueDate; }
    public void setNewDueDate(String newDueDate) { this.newDueDate = newDueDate; }
}
